package org.custos.reports.transparency;

import java.time.Duration;
import java.time.Instant;
import org.custos.Preconditions;

/**
 * One countable event, stripped to what figures need: kind, list, time, the receiving body of a report, and the
 * time to removal of a removed item. It has no field that could hold personal data (no account, IP, URL, hash
 * or content), so aggregates built from it cannot leak any.
 *
 * @param bodyId         for {@link EventKind#REPORT_SENT} only
 * @param timeToRemoval  for {@link EventKind#REMOVED} only
 */
public record TransparencyEvent(EventKind kind, String listId, Instant at, String bodyId, Duration timeToRemoval) {
    public TransparencyEvent {
        Preconditions.checkNotNull(kind, "event kind");
        Preconditions.check(listId != null && listId.matches("[A-Za-z0-9._:-]{1,100}"), "list id is malformed: '%s'", listId);
        Preconditions.checkNotNull(at, "event time");
        Preconditions.check((bodyId != null) == (kind == EventKind.REPORT_SENT), "a body id belongs to REPORT_SENT events only");
        Preconditions.check(bodyId == null || bodyId.matches("[a-z0-9][a-z0-9-]{0,63}"), "body id is malformed: '%s'", bodyId);
        Preconditions.check((timeToRemoval != null) == (kind == EventKind.REMOVED), "a time to removal belongs to REMOVED events only");
        Preconditions.check(timeToRemoval == null || !timeToRemoval.isNegative(), "time to removal is negative: %s", timeToRemoval);
    }

    public static TransparencyEvent of(EventKind kind, String listId, Instant at) {
        return new TransparencyEvent(kind, listId, at, null, null);
    }
}
