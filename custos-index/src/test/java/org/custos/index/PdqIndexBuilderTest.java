package org.custos.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.custos.hash.PdqHash;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bulk builds answer like the oracle whether the expected size was right, too small or not given. */
class PdqIndexBuilderTest {
    @ParameterizedTest
    @CsvSource({"-1, 5000", "100, 5000", "70000, 70000", "70000, 140001"})
    void bulkBuildsAnswerLikeTheOracle(long expected, int entries) {
        SplittableRandom random = new SplittableRandom(entries);
        SyntheticHashes data = SyntheticHashes.clustered(random);
        Oracle oracle = new Oracle();
        PdqIndex.Builder builder = expected < 0 ? PdqIndex.builder() : PdqIndex.builder(expected);
        for (int i = 0; i < entries; i++) {
            Entry e = new Entry(i, data.next(), i % 7);
            oracle.add(e);
            builder.add(e.id(), e.hash(), e.listId());
        }
        try (PdqIndex index = builder.build()) {
            assertThat(index.size()).isEqualTo(entries);
            for (int radius : new int[] {0, 16, 31, 45, 64}) {
                PdqHash q = SegmentTest.query(oracle, random);
                assertThat(index.query(q, radius)).isEqualTo(oracle.query(q, radius));
            }
        }
    }
}
