package org.custos.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.custos.hash.PdqHash;
import org.custos.index.PdqIndex;
import org.custos.index.SyntheticHashes;

/**
 * What a benchmark indexes and asks: entries fed straight into an index builder (10M never exist as objects),
 * and the queries. Synthetic queries are half near-copies (0–40 bits away) of random entries, half random codes.
 */
record BenchWorkload(long entries, Consumer<PdqIndex.Builder> fill, List<PdqHash> queries) {
    static BenchWorkload synthetic(int size, BenchDataset dataset, int queryCount, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<PdqHash> queries = new ArrayList<>();
        SplittableRandom pick = random.split();
        long[] sampled = pick.longs(queryCount / 2, 0, Math.max(1, size)).sorted().toArray();
        Consumer<PdqIndex.Builder> fill = builder -> {
            SyntheticHashes data = dataset.generator(random.split());
            int next = 0;
            for (int i = 0; i < size; i++) {
                PdqHash h = data.next();
                builder.add(i, h, 0);
                while (next < sampled.length && sampled[next] == i) {
                    queries.add(SyntheticHashes.near(h, pick.nextInt(SyntheticHashes.FAMILY_SPREAD + 1), pick));
                    next++;
                }
            }
            while (queries.size() < queryCount) {
                queries.add(SyntheticHashes.random(pick));
            }
        };
        return new BenchWorkload(size, fill, queries);
    }

    static BenchWorkload files(MatchInput list, MatchInput queries) {
        return new BenchWorkload(list.hashes().size(), builder -> {
            for (int i = 0; i < list.hashes().size(); i++) {
                builder.add(i, list.hashes().get(i), 0);
            }
        }, queries.hashes());
    }
}
