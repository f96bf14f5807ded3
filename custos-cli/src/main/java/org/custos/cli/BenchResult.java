package org.custos.cli;

import java.util.Locale;

/**
 * The JSON summary of {@code bench index}. {@code load_ms} is generating or reading the data, apart from the
 * build; the snapshot times appear when one was asked for.
 */
record BenchResult(long entries, int queries, long loadMs, long buildMs, double p50Us, double p99Us,
        double qpsOneThread, double qpsAllThreads, double bytesPerEntry, long matches, double bruteForceP50Us,
        int threads, long[] snapshotMs, double cpuP50Us, double cpuP99Us) {
    String toJson() {
        return String.format(Locale.ROOT, "{\"entries\": %d, \"queries\": %d, \"load_ms\": %d, \"build_ms\": %d, "
                + "\"p50_us\": %.1f, \"p99_us\": %.1f, \"cpu_p50_us\": %.1f, \"cpu_p99_us\": %.1f, "
                + "\"qps_one_thread\": %.0f, \"qps_all_threads\": %.0f, \"threads\": %d, "
                + "\"bytes_per_entry\": %.1f, \"matches\": %d, \"bruteforce_p50_us\": %.1f%s}",
                entries, queries, loadMs, buildMs, p50Us, p99Us, cpuP50Us, cpuP99Us, qpsOneThread, qpsAllThreads,
                threads, bytesPerEntry, matches, bruteForceP50Us, snapshotMs == null ? ""
                        : ", \"snapshot_write_ms\": " + snapshotMs[0] + ", \"reopen_ms\": " + snapshotMs[1]);
    }
}
