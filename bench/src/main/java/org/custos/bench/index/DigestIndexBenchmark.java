package org.custos.bench.index;

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

/** Exact digest lookups, one thread, half of them hits, against {@code size} random digests. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DigestIndexBenchmark {
    private static final int LOOKUPS = 1 << 16;

    @Param("10000000")
    int size;

    @Param({"MD5", "SHA256"})
    DigestType type;

    private DigestIndex index;
    private byte[][] lookups;
    private int next;

    @Setup(Level.Trial)
    public void build() {
        SplittableRandom random = new SplittableRandom(7);
        DigestIndex.Builder builder = DigestIndex.builder(type);
        lookups = new byte[LOOKUPS][];
        for (int i = 0; i < size; i++) {
            byte[] digest = new byte[type.bytes()];
            random.nextBytes(digest);
            builder.add(digest, i, 0);
            if (i < LOOKUPS / 2) {
                lookups[2 * i] = digest;
            }
        }
        for (int i = 1; i < LOOKUPS; i += 2) {
            lookups[i] = new byte[type.bytes()];
            random.nextBytes(lookups[i]);
        }
        index = builder.build();
    }

    @Benchmark
    public java.util.List<DigestMatch> lookup() {
        return index.lookup(lookups[next++ & (LOOKUPS - 1)]);
    }
}
