package org.custos.server.federation;

import java.time.Instant;
import java.util.UUID;

/** A mirrored list as the API shows it: never the remote key. */
public record FederationSource(UUID id, UUID localListId, String remoteUrl, String remoteListId, long version,
                               String snapshotDigest, String lastError, Instant lastPulledAt) {
}
