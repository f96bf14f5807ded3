package org.custos.reports.transparency;

import java.time.YearMonth;
import java.util.Map;
import java.util.SortedMap;

/**
 * The figures of one list in one month: counts per event kind, reports per receiving body, and time to removal
 * (median and 90th percentile in seconds, nearest-rank; {@code -1} when nothing was removed).
 */
public record MonthlyFigures(String listId, YearMonth month, Map<EventKind, Long> counts,
                             SortedMap<String, Long> reportsPerBody, long medianSecondsToRemoval,
                             long p90SecondsToRemoval) {
    public MonthlyFigures {
        counts = Map.copyOf(counts);
        reportsPerBody = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(reportsPerBody));
    }

    public long count(EventKind kind) {
        return counts.getOrDefault(kind, 0L);
    }
}
