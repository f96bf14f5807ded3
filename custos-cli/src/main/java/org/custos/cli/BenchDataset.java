package org.custos.cli;

import java.util.random.RandomGenerator;
import org.custos.index.SyntheticHashes;

/** The synthetic data sets of {@code bench index}. */
enum BenchDataset {
    UNIFORM, CLUSTERED;

    SyntheticHashes generator(RandomGenerator random) {
        return this == UNIFORM ? SyntheticHashes.uniform(random) : SyntheticHashes.clustered(random);
    }
}
