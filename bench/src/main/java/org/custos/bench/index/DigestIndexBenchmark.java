package org.custos.bench.index;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.custos.index.DigestIndex;
import org.custos.index.DigestMatch;
import org.custos.index.DigestType;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Exact digest lookups on one thread against {@code size} random digests, hits and misses apart, for each layout
 * in the same run. The 2^20 lookups per kind touch far more memory than the caches hold, so every lookup pays its
 * cache misses; the digests looked up are allocated in order, as the misses are, so that reading them costs no
 * cache miss of its own. Besides JMH's wall-clock rate, each iteration prints lookups per second of the thread's
 * CPU time, which a shared machine's descheduling does not dilute.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DigestIndexBenchmark {
    private static final int LOOKUPS = 1 << 20;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Param("10000000")
    int size;

    @Param({"MD5", "SHA256"})
    DigestType type;

    @Param({"PROBING", "DIRECTORY"})
    DigestIndex.Layout layout;

    private DigestIndex index;
    private byte[][] hits;
    private byte[][] misses;
    private int next;
    private long calls;
    private long cpuStart;

    @Setup(Level.Trial)
    public void build() {
        SplittableRandom random = new SplittableRandom(7);
        DigestIndex.Builder builder = DigestIndex.builder(type).layout(layout);
        hits = new byte[LOOKUPS][];
        for (int i = 0; i < size; i++) {
            byte[] digest = new byte[type.bytes()];
            random.nextBytes(digest);
            builder.add(digest, i, 0);
            int slot = i < LOOKUPS ? i : random.nextInt(i + 1);
            if (slot < LOOKUPS) {
                hits[slot] = digest;
            }
        }
        for (int i = 0; i < LOOKUPS; i++) {
            hits[i] = hits[i % Math.min(size, LOOKUPS)].clone();
        }
        misses = new byte[LOOKUPS][];
        for (int i = 0; i < LOOKUPS; i++) {
            misses[i] = new byte[type.bytes()];
            random.nextBytes(misses[i]);
        }
        long start = System.nanoTime();
        index = builder.build();
        System.out.printf("%n%s %s: %,d entries, %.1f bytes per entry, built in %.2f s%n", layout, type,
                index.size(), (double) index.bytes() / index.size(), (System.nanoTime() - start) / 1e9);
    }

    @Setup(Level.Iteration)
    public void startClock() {
        calls = 0;
        cpuStart = THREADS.getCurrentThreadCpuTime();
    }

    @TearDown(Level.Iteration)
    public void printCpuRate() {
        double seconds = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        System.out.printf(" [%,.0f lookups per CPU-second]", calls / seconds);
    }

    @Benchmark
    public List<DigestMatch> hit() {
        calls++;
        return index.lookup(hits[next++ & (LOOKUPS - 1)]);
    }

    @Benchmark
    public List<DigestMatch> miss() {
        calls++;
        return index.lookup(misses[next++ & (LOOKUPS - 1)]);
    }
}
