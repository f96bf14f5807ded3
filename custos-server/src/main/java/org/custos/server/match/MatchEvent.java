package org.custos.server.match;

import java.time.Instant;
import java.util.UUID;

/**
 * A recorded match as reviewers see it: which list and entry, through which signal, when, the content's digests,
 * the action its policy gave and the case it joined (both null for matches recorded before cases existed).
 */
public record MatchEvent(UUID id, UUID listId, String entryId, String signalType, int distance, String contentSha256,
                         String contentMd5, Instant at, String action, UUID caseId) {
}
