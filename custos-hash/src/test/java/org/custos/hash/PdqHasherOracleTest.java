package org.custos.hash;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The streamed, vectorised hasher agrees bit for bit with the plain algorithm on images of every shape. */
class PdqHasherOracleTest {
    private final PdqHasher hasher = new PdqHasher();

    @Test
    void agreesWithThePlainAlgorithmOnRandomShapesFormatsAndContent() {
        Random random = new Random(20261128);
        int[][] shapes = {{5, 5}, {64, 64}, {7, 300}, {300, 7}, {129, 257}, {1000, 9}, {9, 1000}, {640, 480},
            {1601, 1003}, {257, 1025}};
        for (int[] shape : shapes) {
            check(random, shape[0], shape[1]);
        }
        for (int i = 0; i < 40; i++) {
            check(random, 5 + random.nextInt(400), 5 + random.nextInt(400));
        }
    }

    private void check(Random random, int width, int height) {
        PixelFormat format = PixelFormat.values()[random.nextInt(PixelFormat.values().length)];
        int stride = width * format.bytesPerPixel() + random.nextInt(4);
        byte[] samples = new byte[height * stride + random.nextInt(3)];
        boolean smooth = random.nextBoolean();
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (byte) (smooth ? (i / stride + (i % stride) / 7) * 3 : random.nextInt(256));
        }
        Pixels p = new Pixels(samples, 0, width, height, stride, format);
        assertThat(hasher.hash(p)).as("%dx%d %s", width, height, format).isEqualTo(StraightPdq.hash(p));
    }
}
