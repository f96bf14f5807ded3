package org.custos.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.custos.hash.PdqHash;
import org.junit.jupiter.api.Test;

/** A query by several variants (the 8 dihedral hashes of an image) gives each entry once, at its nearest. */
class QueryAnyTest {
    @Test
    void eachEntryOnceAtItsSmallestDistanceOverTheVariants() {
        SplittableRandom random = new SplittableRandom(8);
        SyntheticHashes data = SyntheticHashes.clustered(random);
        Oracle oracle = new Oracle();
        try (PdqIndex index = PdqIndex.create()) {
            for (int i = 0; i < 3000; i++) {
                Entry e = new Entry(i, data.next(), 0);
                oracle.add(e);
                index.add(e);
            }
            PdqHash base = oracle.entries().get(1234).hash();
            List<PdqHash> variants = List.of(SyntheticHashes.near(base, 3, random), SyntheticHashes.near(base, 20,
                    random), SyntheticHashes.random(random), SyntheticHashes.near(base, 35, random));
            Map<Entry, Integer> nearest = new HashMap<>();
            for (PdqHash v : variants) {
                oracle.query(v, 31).forEach(m -> nearest.merge(m.entry(), m.distance(), Math::min));
            }
            List<Match> expected = nearest.entrySet().stream().map(e -> new Match(e.getKey(), e.getValue()))
                    .sorted(Match.ORDER).toList();
            assertThat(expected).isNotEmpty();
            assertThat(index.queryAny(variants, 31)).isEqualTo(expected);
        }
    }
}
