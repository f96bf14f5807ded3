package org.custos.hash;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.custos.Preconditions;

/*
 * PDQ (Meta, "The TMK+PDQF and PDQ hashing algorithms", 2019, and the reference pdqhashing.cpp), bit for bit:
 *   1. luminance 0.299R + 0.587G + 0.114B in float32 (Luminance);
 *   2. two passes of the Jarosz box filter, rows then columns, windows ceil(cols/128) and ceil(rows/128),
 *   3. then decimation to 64x64 by sampling pixel centres in[(int)((i+0.5)·rows/64)][(int)((j+0.5)·cols/64)]
 *      (both in JaroszFilter);
 *   4. quality = min(100, Σ|(int)((a-b)·100/255)| / 90) over vertical and horizontal neighbour pairs of the 64x64;
 *   5. 16x16 DCT-II without DC (PdqDct); bit k = 16·row + column is set where the coefficient exceeds the lower
 *      median (the 128th smallest of 256).
 * No pre-resize to 512 px (Meta's CLI does one; the algorithm does not). An image with a side under 5 px hashes to
 * zero with quality 0, as the reference's minimum size rule says. A 64x64 image is already the decimated grid and
 * skips the filter, as Meta's C++ reference does (its Java port filters it anyway; the two disagree on flat
 * 64x64 images, and the C++ one is the reference). The dihedral hashes follow the same rule, so that their
 * ORIGINAL always equals the plain hash.
 *
 * A hasher keeps its buffers between calls (they grow to the largest image seen), so it is thread-confined: use
 * one per thread.
 */
public final class PdqHasher {
    public static final int MIN_SIDE = 5;
    private static final PdqResult TOO_SMALL = new PdqResult(PdqHash.ZERO, 0);

    private final JaroszFilter jarosz = new JaroszFilter();
    private final PdqDct dct = new PdqDct();
    private final float[] grid = new float[64 * 64];
    private final float[] coefficients = new float[256];
    private final float[] variant = new float[256];
    private final float[] sorted = new float[256];

    /** Interleaved R,G,B bytes, row {@code y} at {@code y·rowStride}. */
    public PdqResult hashRgb24(byte[] rgb, int width, int height, int rowStride) {
        return hash(new Pixels(rgb, 0, width, height, rowStride, PixelFormat.RGB));
    }

    public PdqResult hash(Pixels pixels) {
        if (tooSmall(pixels)) {
            return TOO_SMALL;
        }
        int quality = transform(pixels);
        return new PdqResult(threshold(coefficients), quality);
    }

    /** All eight dihedral hashes from one DCT. */
    public DihedralHashes hashDihedral(Pixels pixels) {
        Map<Dihedral, PdqHash> hashes = new EnumMap<>(Dihedral.class);
        if (tooSmall(pixels)) {
            Arrays.stream(Dihedral.values()).forEach(d -> hashes.put(d, PdqHash.ZERO));
            return new DihedralHashes(hashes, 0);
        }
        int quality = transform(pixels);
        for (Dihedral d : Dihedral.values()) {
            d.apply(coefficients, variant);
            hashes.put(d, threshold(variant));
        }
        return new DihedralHashes(hashes, quality);
    }

    /** Floats of working memory held for the largest image so far (for tests of the memory bound). */
    long workingFloats() {
        return jarosz.workingFloats() + grid.length;
    }

    private static boolean tooSmall(Pixels pixels) {
        Preconditions.checkNotNull(pixels, "pixels");
        return pixels.width() < MIN_SIDE || pixels.height() < MIN_SIDE;
    }

    /** Steps 1–5 up to the DCT, into {@link #coefficients}; returns the quality. */
    private int transform(Pixels pixels) {
        int rows = pixels.height();
        int cols = pixels.width();
        if (rows == 64 && cols == 64) {
            Luminance.fill(pixels, grid);
        } else {
            jarosz.downsample(pixels, grid);
        }
        dct.transform(grid, coefficients);
        return quality(grid);
    }

    static int quality(float[] g) {
        int sum = 0;
        for (int i = 0; i < 63; i++) {
            for (int j = 0; j < 64; j++) {
                sum += Math.abs((int) ((g[i * 64 + j] - g[(i + 1) * 64 + j]) * 100 / 255));
            }
        }
        for (int i = 0; i < 64; i++) {
            for (int j = 0; j < 63; j++) {
                sum += Math.abs((int) ((g[i * 64 + j] - g[i * 64 + j + 1]) * 100 / 255));
            }
        }
        return Math.min(100, sum / 90);
    }

    private PdqHash threshold(float[] c) {
        System.arraycopy(c, 0, sorted, 0, 256);
        Arrays.sort(sorted);
        float median = sorted[127];
        long[] words = new long[4];
        for (int k = 0; k < 256; k++) {
            if (c[k] > median) {
                words[3 - (k >>> 6)] |= 1L << (k & 63);
            }
        }
        return PdqHash.fromWords(words);
    }
}
