package org.custos.server.list;

import java.util.UUID;
import org.custos.lists.ListPurpose;
import org.custos.lists.policy.AcceptancePolicy;

/** An organisation's use of a list for matching, with its acceptance policy and the list's match settings. */
public record Subscription(UUID listId, int listNumber, String listName, ListPurpose purpose, int pdqThreshold,
                           String policyText) {
    public AcceptancePolicy policy() {
        return AcceptancePolicy.parse(policyText);
    }
}
