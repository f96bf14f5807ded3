package org.custos.hash;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The streamed, vectorised hasher agrees bit for bit with the plain algorithm on images of every shape. The build
 * runs this class three times: with the CPU's float lanes (16 with AVX-512), with 8 lanes (-XX:MaxVectorSize=32)
 * and without the Vector API (BoxRows); the property custos.lanes says which path a run expects (0: none).
 */
class PdqHasherOracleTest {
    private final PdqHasher hasher = new PdqHasher();

    @Test
    void agreesWithThePlainAlgorithmOnRandomShapesFormatsAndContent() {
        Random random = new Random(20261128);
        int[][] shapes = {{5, 5}, {64, 64}, {7, 300}, {300, 7}, {129, 257}, {1000, 9}, {9, 1000}, {640, 480},
            {1601, 1003}, {257, 1025}};
        for (int[] shape : shapes) {
            check(random, shape[0], shape[1], PixelFormat.values()[random.nextInt(PixelFormat.values().length)]);
        }
        for (int i = 0; i < 40; i++) {
            check(random, 5 + random.nextInt(400), 5 + random.nextInt(400),
                    PixelFormat.values()[random.nextInt(PixelFormat.values().length)]);
        }
    }

    /**
     * Every pixel format on sides that are not whole tiles or pairs of tiles (5, 17, 33, 47...), on one side of
     * exactly a tile or two, and on tall and wide images whose long window (33) outlasts two blocks of rows.
     */
    @Test
    void agreesOnEveryFormatWithPartialTilesAndLongWindows() {
        Random random = new Random(16);
        int[][] shapes = {{5, 5}, {5, 21}, {17, 5}, {16, 33}, {33, 16}, {32, 47}, {47, 31}, {48, 129}, {100, 100},
            {4100, 40}, {40, 4100}};
        for (PixelFormat format : PixelFormat.values()) {
            for (int[] shape : shapes) {
                check(random, shape[0], shape[1], format);
            }
        }
    }

    @Test
    void runsWithTheLanesThisJvmWasStartedFor() {
        String expected = System.getProperty("custos.lanes");
        if (expected != null) {
            assertThat(Luminance.VECTORS ? LaneRows.LANES : 0).isEqualTo(Integer.parseInt(expected));
        }
    }

    private void check(Random random, int width, int height, PixelFormat format) {
        int stride = width * format.bytesPerPixel() + random.nextInt(4);
        byte[] samples = new byte[height * stride + random.nextInt(3)];
        boolean smooth = random.nextBoolean();
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (byte) (smooth ? (i / stride + (i % stride) / 7) * 3 : random.nextInt(256));
        }
        Pixels p = new Pixels(samples, 0, width, height, stride, format);
        assertThat(hasher.hash(p)).as("%dx%d %s stride %d", width, height, format, stride)
                .isEqualTo(StraightPdq.hash(p));
    }
}
