package org.custos.hash;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The register transpose moves every value of a contiguous 16x16 block, at any offsets, and nothing else. */
class Transpose16Test {
    @Test
    void transposesAContiguousBlock() {
        Assumptions.assumeTrue(Luminance.VECTORS && LaneRows.LANES == 16, "skipped: no 16-lane float vectors here");
        Random random = new Random(16);
        float[] a = new float[3 + 256 + 7];
        for (int i = 0; i < a.length; i++) {
            a[i] = random.nextFloat();
        }
        float[] b = new float[5 + 256 + 1];
        Transpose16.transpose(a, 3, b, 5);
        for (int k = 0; k < 16; k++) {
            for (int l = 0; l < 16; l++) {
                assertThat(b[5 + k * 16 + l]).as("b[%d][%d]", k, l).isEqualTo(a[3 + l * 16 + k]);
            }
        }
        assertThat(b[4]).isZero();
        assertThat(b[5 + 256]).isZero();
    }
}
