package org.custos.server.match;

import java.time.Instant;
import java.util.UUID;

/**
 * One match as the answer shows it: the list, the entry id, the signal and distance, the entry's status,
 * its classification in the source scheme and in common terms, its provenance, and the action the
 * organisation's policy gives it ({@code BLOCK}, {@code REVIEW}, {@code REPORT}: block in every case). Never the entry's other
 * signals: a MATCH grant does not allow reading the list. A vPDQ match (distance 0) gives instead the percent
 * of the query video's distinct frames that matched the listed video ({@code queryPercent}) and of the listed
 * video's frames that matched ({@code listedPercent}); both are null for other signals.
 */
public record MatchedEntry(int query, UUID listId, String listName, String entryId, String signalType, int distance,
                           String status, String scheme, String label, String commonCategory, String commonAge,
                           String contributor, Instant added, String action, Double queryPercent,
                           Double listedPercent) {
}
