package org.custos.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.custos.hash.PdqHash;

/**
 * Adds, removals, compactions (which seal the buffer and merge in the background) and queries interleaved at
 * random, every answer compared with the brute-force oracle, on uniform and clustered data, radii 0–64.
 */
class PdqIndexPropertyTest {
    @Property(tries = 40, seed = "20261128")
    void answersEqualTheBruteForceScanWhateverHappenedBefore(@ForAll long seed, @ForAll boolean clustered,
            @ForAll @IntRange(min = 200, max = 6000) int entries) {
        SplittableRandom random = new SplittableRandom(seed);
        SyntheticHashes data = clustered ? SyntheticHashes.clustered(random) : SyntheticHashes.uniform(random);
        Oracle oracle = new Oracle();
        try (PdqIndex index = PdqIndex.create()) {
            for (int step = 0; step < 200; step++) {
                act(random, data, oracle, index, entries);
            }
            index.compact();
            assertQueriesAgree(random, oracle, index);
        }
    }

    private static void act(SplittableRandom random, SyntheticHashes data, Oracle oracle, PdqIndex index,
            int entries) {
        int roll = random.nextInt(100);
        if (roll < 40) {
            for (int i = random.nextInt(entries / 10 + 1); i >= 0; i--) {
                Entry e = new Entry(random.nextLong(1000), data.next(), random.nextInt(3));
                oracle.add(e);
                index.add(e);
            }
        } else if (roll < 60 && !oracle.entries().isEmpty()) {
            Entry e = oracle.entries().get(random.nextInt(oracle.entries().size()));
            assertThat(index.remove(e)).isEqualTo(oracle.remove(e));
        } else if (roll < 65) {
            index.compact();
        } else {
            assertQueriesAgree(random, oracle, index);
        }
    }

    private static void assertQueriesAgree(SplittableRandom random, Oracle oracle, PdqIndex index) {
        int radius = random.nextInt(PdqIndex.MAX_RADIUS + 1);
        List<PdqHash> queries = List.of(query(random, oracle), query(random, oracle), query(random, oracle));
        List<List<Match>> batch = index.queryBatch(queries, radius);
        for (int i = 0; i < queries.size(); i++) {
            List<Match> expected = oracle.query(queries.get(i), radius);
            assertThat(index.query(queries.get(i), radius)).isEqualTo(expected);
            assertThat(batch.get(i)).isEqualTo(expected);
            assertThat(index.scan(queries.get(i), radius)).isEqualTo(expected);
        }
        assertThat(index.size()).isEqualTo(oracle.entries().size());
    }

    private static PdqHash query(SplittableRandom random, Oracle oracle) {
        if (oracle.entries().isEmpty() || random.nextInt(4) == 0) {
            return SyntheticHashes.random(random);
        }
        return SegmentTest.query(oracle, random);
    }
}
