package org.custos.server.federation;

import org.custos.Preconditions;
import org.custos.lists.ListPurpose;
import org.custos.lists.release.TrustStore;

/**
 * A list to mirror from another Custos node: its base URL, an API key there with a READ grant on the list,
 * the remote list id, the trust store (custos-lists' text form) naming the publisher's keys, and the name and
 * purpose of the local mirror list.
 */
public record NewSource(String remoteUrl, String remoteKey, String remoteListId, String trust, String name,
                        ListPurpose purpose) {
    public NewSource {
        Preconditions.check(remoteUrl != null && remoteUrl.matches("https?://[^\\s]+"),
                "remoteUrl must be an http(s) URL, was '%s'", remoteUrl);
        remoteUrl = remoteUrl.replaceAll("/+$", "");
        Preconditions.check(remoteKey != null && !remoteKey.isBlank(), "remoteKey is required");
        Preconditions.check(remoteListId != null && remoteListId.matches("[0-9a-fA-F-]{36}"),
                "remoteListId must be a list id, was '%s'", remoteListId);
        Preconditions.checkNotNull(trust, "trust");
        TrustStore.parse(trust);
        purpose = purpose == null ? ListPurpose.KNOWN_CSAM : purpose;
    }

    @Override
    public String toString() {
        return "NewSource[" + remoteUrl + ", list " + remoteListId + "]";
    }
}
