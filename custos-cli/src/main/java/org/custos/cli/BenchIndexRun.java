package org.custos.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.custos.hash.PdqHash;
import org.custos.index.Match;
import org.custos.index.PdqIndex;

/**
 * One benchmark run: build (timed apart from generating the data), one warm-up pass, then every query timed
 * alone on one thread (wall clock, and the thread's CPU time, which other processes on a shared machine
 * disturb less), the query set on T threads at once, and the brute-force scan on a sample of the same
 * queries (up to 200, or as many as 20 s allow, at least 10), whose answers must equal the index's.
 */
final class BenchIndexRun {
    private static final int BRUTE_FORCE_SAMPLE = 200;
    private static final int BRUTE_FORCE_MIN_SAMPLE = 10;
    private static final long BRUTE_FORCE_BUDGET_NANOS = 20_000_000_000L;

    private final BenchWorkload workload;
    private final int radius;
    private final int threads;
    private final Path snapshot;

    BenchIndexRun(BenchWorkload workload, int radius, int threads, Path snapshot) {
        this.workload = workload;
        this.radius = radius;
        this.threads = threads;
        this.snapshot = snapshot;
    }

    BenchResult run() {
        PdqIndex.Builder builder = PdqIndex.builder(workload.entries());
        long start = System.nanoTime();
        workload.fill().accept(builder);
        long loaded = System.nanoTime();
        try (PdqIndex index = builder.build()) {
            long built = System.nanoTime();
            List<PdqHash> queries = new ArrayList<>(workload.queries());
            Collections.shuffle(queries, new Random(queries.size()));
            queries.forEach(q -> index.query(q, radius));
            long[] single = new long[queries.size()];
            long[] cpu = new long[queries.size()];
            ThreadMXBean clock = ManagementFactory.getThreadMXBean();
            long matches = 0;
            long t0 = System.nanoTime();
            for (int i = 0; i < single.length; i++) {
                long c = clock.getCurrentThreadCpuTime();
                long t = System.nanoTime();
                matches += index.query(queries.get(i), radius).size();
                single[i] = System.nanoTime() - t;
                cpu[i] = clock.getCurrentThreadCpuTime() - c;
            }
            double oneThreadSeconds = (System.nanoTime() - t0) / 1e9;
            double allThreadsQps = concurrent(index, queries);
            long[] brute = bruteForce(index, queries);
            long[] snapshotMs = snapshot == null ? null : snapshot(index, queries);
            return new BenchResult(index.size(), queries.size(), (loaded - start) / 1_000_000,
                    (built - loaded) / 1_000_000, micros(percentile(single, 50)), micros(percentile(single, 99)),
                    queries.size() / oneThreadSeconds, allThreadsQps, (double) index.bytes() / index.size(), matches,
                    micros(percentile(brute, 50)), threads, snapshotMs, micros(percentile(cpu, 50)),
                    micros(percentile(cpu, 99)));
        }
    }

    private double concurrent(PdqIndex index, List<PdqHash> queries) {
        AtomicLong done = new AtomicLong();
        List<Thread> workers = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            int offset = t * queries.size() / threads;
            workers.add(Thread.ofPlatform().start(() -> {
                for (int i = 0; i < queries.size(); i++) {
                    index.query(queries.get((i + offset) % queries.size()), radius);
                    done.incrementAndGet();
                }
            }));
        }
        workers.forEach(BenchIndexRun::join);
        return done.get() / ((System.nanoTime() - t0) / 1e9);
    }

    /** Milliseconds to write the snapshot and to map it back; the reopened index must answer alike. */
    private long[] snapshot(PdqIndex index, List<PdqHash> queries) {
        long t0 = System.nanoTime();
        index.writeSnapshot(snapshot);
        long written = System.nanoTime();
        try (PdqIndex reopened = PdqIndex.open(snapshot)) {
            long opened = System.nanoTime();
            for (PdqHash q : queries.subList(0, Math.min(100, queries.size()))) {
                if (!reopened.query(q, radius).equals(index.query(q, radius))) {
                    throw new IllegalStateException("the reopened snapshot disagrees on query " + q);
                }
            }
            return new long[] {(written - t0) / 1_000_000, (opened - written) / 1_000_000};
        }
    }

    private long[] bruteForce(PdqIndex index, List<PdqHash> queries) {
        long[] times = new long[Math.min(BRUTE_FORCE_SAMPLE, queries.size())];
        long start = System.nanoTime();
        int i = 0;
        for (; i < times.length; i++) {
            if (i >= BRUTE_FORCE_MIN_SAMPLE && System.nanoTime() - start > BRUTE_FORCE_BUDGET_NANOS) {
                break;
            }
            long t = System.nanoTime();
            List<Match> scanned = index.scan(queries.get(i), radius);
            times[i] = System.nanoTime() - t;
            if (!scanned.equals(index.query(queries.get(i), radius))) {
                throw new IllegalStateException("index and brute force disagree on query " + queries.get(i));
            }
        }
        return Arrays.copyOf(times, i);
    }

    private static long percentile(long[] values, int p) {
        if (values.length == 0) {
            return 0;
        }
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static double micros(long nanos) {
        return nanos / 1000.0;
    }

    private static void join(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
