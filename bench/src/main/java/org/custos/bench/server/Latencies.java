package org.custos.bench.server;

import java.util.Arrays;

/**
 * Request latencies of one run and what it achieved: nearest-rank percentiles, maximum, rate. Latencies are
 * kept by request number where the caller gives one, so a subset (every k-th request) can be summarised apart.
 */
final class Latencies {
    private final long[] nanos;
    private int count;

    Latencies(int capacity) {
        nanos = new long[capacity];
    }

    synchronized void record(long elapsedNanos) {
        if (count < nanos.length) {
            nanos[count++] = elapsedNanos;
        }
    }

    /** The latency of request {@code i} (0 to capacity − 1), each recorded once. */
    synchronized void record(int i, long elapsedNanos) {
        nanos[i] = elapsedNanos;
        count++;
    }

    /** Requests 0, k, 2k, ... of a run recorded by request number ({@code every}), or all the others. */
    synchronized Latencies every(int k, boolean every) {
        Latencies some = new Latencies(nanos.length);
        for (int i = 0; i < nanos.length; i++) {
            if ((i % k == 0) == every) {
                some.record(nanos[i]);
            }
        }
        return some;
    }

    synchronized String summary(String label, double seconds, int failures) {
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        return String.format("%s: %,d requests in %.1f s = %.0f/s, %d failed; latency ms p50 %.2f p90 %.2f p99 %.2f "
                        + "max %.2f", label, count, seconds, count / seconds, failures, ms(sorted, 0.50),
                ms(sorted, 0.90), ms(sorted, 0.99), count == 0 ? 0 : sorted[count - 1] / 1e6);
    }

    private static double ms(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(quantile * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }
}
