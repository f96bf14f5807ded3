package org.custos.bench.index;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.custos.hash.PdqHash;
import org.custos.index.Match;
import org.custos.index.PdqIndex;
import org.custos.index.SyntheticHashes;
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
 * One PDQ query at a time against an index of {@code size} synthetic entries (uniform, or families of
 * near-duplicates), radius 31: the index path and the brute-force scan of the same queries. Half the queries
 * are near-copies (0–40 bits) of entries, half random codes. Sample mode, so percentiles are reported.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PdqIndexBenchmark {
    private static final int QUERIES = 4096;

    @Param("10000000")
    int size;

    @Param({"uniform", "clustered"})
    String dataset;

    @Param("31")
    int radius;

    private PdqIndex index;
    private PdqHash[] queries;
    private int next;

    @Setup(Level.Trial)
    public void build() {
        SplittableRandom random = new SplittableRandom(42);
        SyntheticHashes data = dataset.equals("clustered") ? SyntheticHashes.clustered(random.split())
                : SyntheticHashes.uniform(random.split());
        PdqIndex.Builder builder = PdqIndex.builder(size);
        List<PdqHash> sample = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            PdqHash h = data.next();
            builder.add(i, h, 0);
            if (i % Math.max(1, size / (QUERIES / 2)) == 0 && sample.size() < QUERIES / 2) {
                sample.add(SyntheticHashes.near(h, random.nextInt(SyntheticHashes.FAMILY_SPREAD + 1), random));
            }
        }
        index = builder.build();
        queries = new PdqHash[QUERIES];
        for (int i = 0; i < QUERIES; i++) {
            queries[i] = i % 2 == 0 && i / 2 < sample.size() ? sample.get(i / 2) : SyntheticHashes.random(random);
        }
    }

    @TearDown(Level.Trial)
    public void close() {
        index.close();
    }

    @Benchmark
    public List<Match> query() {
        return index.query(queries[next++ & (QUERIES - 1)], radius);
    }

    @Benchmark
    public List<Match> bruteForce() {
        return index.scan(queries[next++ & (QUERIES - 1)], radius);
    }
}
