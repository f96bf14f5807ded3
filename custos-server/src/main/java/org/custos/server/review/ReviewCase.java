package org.custos.server.review;

import java.time.Instant;
import java.util.UUID;

/**
 * A case as its organisation's reviewers see it: the grouping as the provider gave it, status, the strongest
 * action of its matches, whether it is marked for reporting, the current claim, the decision's classification
 * in the source scheme and in common terms, and how many matches it holds. Never content.
 */
public record ReviewCase(UUID id, String account, String batch, CaseStatus status, Action action,
                         boolean reportMarked, String claimedBy, Instant claimExpiresAt, String decidedBy,
                         String scheme, String label, String commonCategory, String commonAge, int matches,
                         Instant openedAt, Instant updatedAt) {
    boolean claimedByOtherThan(String keyId, Instant now) {
        return claimedBy != null && !claimedBy.equals(keyId) && claimExpiresAt.isAfter(now);
    }

    boolean claimedBy(String keyId, Instant now) {
        return keyId.equals(claimedBy) && claimExpiresAt.isAfter(now);
    }
}
