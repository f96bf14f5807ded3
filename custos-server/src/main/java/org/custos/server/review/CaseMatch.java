package org.custos.server.review;

import java.time.Instant;
import java.util.UUID;

/** One match of a case: the list and entry, the signal and distance, the action it got, the content's digests. */
public record CaseMatch(UUID matchEventId, UUID listId, String entryId, long entryKey, String signalType,
                        int distance, Action action, String contentSha256, String contentMd5, Instant at) {
}
