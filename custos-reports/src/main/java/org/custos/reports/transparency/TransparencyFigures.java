package org.custos.reports.transparency;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Aggregates transparency events per list and calendar month (UTC) over {@code [from, to)}; times to removal
 * as nearest-rank percentiles ({@link Percentiles}).
 */
public final class TransparencyFigures {
    private TransparencyFigures() {
    }

    public static List<MonthlyFigures> aggregate(Iterable<TransparencyEvent> events, Instant from, Instant to) {
        Map<String, Map<YearMonth, Bucket>> buckets = new TreeMap<>();
        for (TransparencyEvent e : events) {
            if (e.at().isBefore(from) || !e.at().isBefore(to)) continue;
            YearMonth month = YearMonth.from(e.at().atOffset(ZoneOffset.UTC));
            buckets.computeIfAbsent(e.listId(), k -> new TreeMap<>()).computeIfAbsent(month, k -> new Bucket()).add(e);
        }
        List<MonthlyFigures> out = new ArrayList<>();
        buckets.forEach((list, months) -> months.forEach((month, b) -> out.add(b.figures(list, month))));
        return out;
    }

    private static final class Bucket {
        final Map<EventKind, Long> counts = new EnumMap<>(EventKind.class);
        final Map<String, Long> bodies = new TreeMap<>();
        final List<Long> removalSeconds = new ArrayList<>();

        void add(TransparencyEvent e) {
            counts.merge(e.kind(), 1L, Long::sum);
            if (e.bodyId() != null) bodies.merge(e.bodyId(), 1L, Long::sum);
            if (e.timeToRemoval() != null) removalSeconds.add(e.timeToRemoval().toSeconds());
        }

        MonthlyFigures figures(String list, YearMonth month) {
            removalSeconds.sort(Comparator.naturalOrder());
            return new MonthlyFigures(list, month, counts, new TreeMap<>(bodies), Percentiles.nearestRank(removalSeconds, 50),
                    Percentiles.nearestRank(removalSeconds, 90));
        }
    }
}
