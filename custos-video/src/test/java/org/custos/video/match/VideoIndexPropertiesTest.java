package org.custos.video.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.custos.hash.PdqHash;

/** On random videos made of drifting frames, the index answers what the brute-force matcher does. */
class VideoIndexPropertiesTest {
    @Property(tries = 60)
    void theIndexEqualsTheBruteForceMatcher(@ForAll long seed, @ForAll @IntRange(min = 1, max = 6) int videos,
                                            @ForAll boolean overCustosIndex) {
        Random random = new Random(seed);
        PdqHash origin = randomHash(random);
        List<VpdqSignature> listed = new ArrayList<>();
        for (int v = 0; v < videos; v++) {
            listed.add(drift(random, random.nextBoolean() ? origin : randomHash(random), 1 + random.nextInt(30)));
        }
        VpdqSignature query = drift(random, origin, 1 + random.nextInt(30));
        try (VideoIndex<Integer> index = new VideoIndex<>(
                overCustosIndex ? FrameIndex.pdqIndex() : FrameIndex.bruteForce(), 0)) {
            for (int v = 0; v < videos; v++) {
                index.add(v, listed.get(v));
            }
            VpdqMatchPolicy everything = new VpdqMatchPolicy(31, 0, 0);
            for (VideoMatch<Integer> match : index.query(query, everything)) {
                assertThat(match.percentages())
                        .isEqualTo(VpdqMatcher.compare(query, listed.get(match.video()), 31));
            }
            long expected = listed.stream().filter(l -> VpdqMatcher.compare(query, l, 31).queryPercent() > 0).count();
            assertThat(index.query(query, everything)).hasSize((int) expected);
        }
    }

    /** A video whose frames each flip a few random bits of the previous one. */
    private static VpdqSignature drift(Random random, PdqHash start, int frames) {
        List<PdqHash> hashes = new ArrayList<>();
        PdqHash current = start;
        for (int i = 0; i < frames; i++) {
            long[] words = {current.w0(), current.w1(), current.w2(), current.w3()};
            for (int flips = random.nextInt(12); flips > 0; flips--) {
                int bit = random.nextInt(256);
                words[bit >>> 6] ^= 1L << (bit & 63);
            }
            current = PdqHash.fromWords(words);
            if (!hashes.contains(current)) {
                hashes.add(current);
            }
        }
        return new VpdqSignature(hashes);
    }

    private static PdqHash randomHash(Random random) {
        return new PdqHash(random.nextLong(), random.nextLong(), random.nextLong(), random.nextLong());
    }
}
