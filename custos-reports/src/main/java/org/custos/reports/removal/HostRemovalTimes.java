package org.custos.reports.removal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.custos.reports.transparency.Percentiles;

/** Time to removal per host: notices, removed, still open, median and p90 in seconds (nearest rank, -1 if none). */
public record HostRemovalTimes(String hostId, int notices, int removed, long medianSeconds, long p90Seconds) {
    public static List<HostRemovalTimes> of(Iterable<RemovalNotice> all) {
        Map<String, List<RemovalNotice>> byHost = new TreeMap<>();
        all.forEach(n -> byHost.computeIfAbsent(n.hostId(), h -> new ArrayList<>()).add(n));
        List<HostRemovalTimes> out = new ArrayList<>();
        byHost.forEach((host, notices) -> {
            List<Long> seconds = notices.stream().flatMap(n -> n.timeToRemoval().stream()).map(Duration::toSeconds).sorted().toList();
            out.add(new HostRemovalTimes(host, notices.size(), seconds.size(), Percentiles.nearestRank(seconds, 50),
                    Percentiles.nearestRank(seconds, 90)));
        });
        return out;
    }

    public int open() {
        return notices - removed;
    }
}
