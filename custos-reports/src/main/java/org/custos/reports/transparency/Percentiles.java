package org.custos.reports.transparency;

import java.util.List;

/**
 * Nearest-rank percentiles: the p-th percentile of n sorted values is the value at rank ceil(p/100 · n), so
 * every reported figure is an observed value, never an interpolation.
 */
public final class Percentiles {
    private Percentiles() {
    }

    /** The p-th percentile of {@code sorted} (ascending); -1 for none. */
    public static long nearestRank(List<Long> sorted, int p) {
        if (sorted.isEmpty()) return -1;
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }
}
