package org.custos.index;

import java.util.random.RandomGenerator;
import org.custos.Preconditions;
import org.custos.hash.PdqHash;

/**
 * Random 256-bit codes for tests and benchmarks: uniform ones, and clustered ones that imitate real lists,
 * where one image appears as a family of near-duplicates (re-encodings, crops) around a base hash. Random bits
 * only; no image is involved.
 */
public final class SyntheticHashes {
    /** Near-duplicates lie at 0 to this distance from their family's base. */
    public static final int FAMILY_SPREAD = 40;
    /** Families have 1 to this many members. */
    public static final int MAX_FAMILY = 16;

    private final RandomGenerator random;
    private final boolean clustered;
    private PdqHash base;
    private int leftInFamily;

    private SyntheticHashes(RandomGenerator random, boolean clustered) {
        this.random = random;
        this.clustered = clustered;
    }

    public static SyntheticHashes uniform(RandomGenerator random) {
        return new SyntheticHashes(random, false);
    }

    public static SyntheticHashes clustered(RandomGenerator random) {
        return new SyntheticHashes(random, true);
    }

    public PdqHash next() {
        if (!clustered) {
            return random(random);
        }
        if (leftInFamily == 0) {
            base = random(random);
            leftInFamily = 1 + random.nextInt(MAX_FAMILY);
        }
        leftInFamily--;
        return near(base, random.nextInt(FAMILY_SPREAD + 1), random);
    }

    public static PdqHash random(RandomGenerator random) {
        return new PdqHash(random.nextLong(), random.nextLong(), random.nextLong(), random.nextLong());
    }

    /** The hash with exactly {@code distance} distinct bits flipped. */
    public static PdqHash near(PdqHash hash, int distance, RandomGenerator random) {
        Preconditions.checkRange(distance, 0, PdqHash.BITS, "distance");
        long[] w = {hash.w0(), hash.w1(), hash.w2(), hash.w3()};
        long[] flips = new long[4];
        for (int flipped = 0; flipped < distance; ) {
            int bit = random.nextInt(PdqHash.BITS);
            long mask = 1L << (bit & 63);
            if ((flips[bit >>> 6] & mask) == 0) {
                flips[bit >>> 6] |= mask;
                w[bit >>> 6] ^= mask;
                flipped++;
            }
        }
        return PdqHash.fromWords(w);
    }
}
