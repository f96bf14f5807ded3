package org.custos.hash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.custos.InvalidValueException;
import org.junit.jupiter.api.Test;

class PdqHasherTest {
    private final PdqHasher hasher = new PdqHasher();

    @Test
    void imagesWithASideUnderFivePixelsHashToZeroWithQualityZero() {
        assertThat(hasher.hashRgb24(new byte[4 * 100 * 3], 100, 4, 300)).isEqualTo(new PdqResult(PdqHash.ZERO, 0));
        assertThat(hasher.hashDihedral(Pixels.packed(new byte[16], 4, 4, PixelFormat.GREY)).quality()).isZero();
    }

    @Test
    void channelOrderAndRowPaddingDoNotChangeTheHash() {
        int w = 97;
        int h = 61;
        byte[] rgb = noise(w * h * 3, 1);
        byte[] bgrPadded = new byte[h * (w * 3 + 5)];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                for (int c = 0; c < 3; c++) {
                    bgrPadded[y * (w * 3 + 5) + x * 3 + 2 - c] = rgb[(y * w + x) * 3 + c];
                }
            }
        }
        PdqResult fromRgb = hasher.hashRgb24(rgb, w, h, w * 3);
        assertThat(hasher.hash(new Pixels(bgrPadded, 0, w, h, w * 3 + 5, PixelFormat.BGR))).isEqualTo(fromRgb);
        assertThat(fromRgb.hash().bitCount()).isBetween(120, 128);
    }

    @Test
    void reusedBuffersGiveTheSameHashAfterALargerImage() {
        byte[] small = noise(40 * 30 * 3, 2);
        PdqResult first = hasher.hashRgb24(small, 40, 30, 120);
        hasher.hashRgb24(noise(300 * 200 * 3, 3), 300, 200, 900);
        assertThat(hasher.hashRgb24(small, 40, 30, 120)).isEqualTo(first);
    }

    @Test
    void dihedralOriginalEqualsThePlainHash() {
        Pixels p = Pixels.packed(noise(64 * 80 * 3, 4), 64, 80, PixelFormat.RGB);
        assertThat(hasher.hashDihedral(p).original()).isEqualTo(hasher.hash(p));
    }

    @Test
    void rejectsABufferTooShortForTheStatedSize() {
        assertThatThrownBy(() -> hasher.hashRgb24(new byte[10], 10, 10, 30))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("10x10 RGB");
    }

    private static byte[] noise(int n, long seed) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }
}
