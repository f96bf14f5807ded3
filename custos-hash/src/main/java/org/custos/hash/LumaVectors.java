package org.custos.hash;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;

/*
 * Luminance of 3-byte pixels with the Vector API: one load takes the bytes of N pixels, a byte shuffle gathers
 * each channel into N lanes, which widen to int and float; then 0.299·R + 0.587·G + 0.114·B lane by lane, with
 * the same float multiplications and additions in the same order as the scalar code (no fused multiply-add), so
 * the results are identical. N is 16 on CPUs with a full 64-byte byte shuffle (AVX-512 VBMI), else 4 (16-byte
 * shuffles exist everywhere). 4-byte pixels (with alpha) need no shuffle: a pixel is an int lane, its channels
 * shifts and masks.
 */
final class LumaVectors {
    /** Whether 64-byte vectors take 16 pixels at once (a full 64-byte byte shuffle, AVX-512 VBMI). */
    static final boolean WIDE = wideShuffles();
    private static final VectorSpecies<Byte> BYTES = WIDE ? ByteVector.SPECIES_512 : ByteVector.SPECIES_128;
    private static final VectorSpecies<Integer> INTS = VectorSpecies.of(int.class, BYTES.vectorShape());
    private static final VectorSpecies<Float> FLOATS = VectorSpecies.of(float.class, BYTES.vectorShape());
    private static final int PIXELS = INTS.length();
    /** Grey samples: as many floats as the CPU's widest vector, from a quarter as many bits of bytes (64 at least). */
    private static final VectorSpecies<Float> GREY_FLOATS = FloatVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Byte> GREY_BYTES = GREY_FLOATS.vectorBitSize() >= 256
            ? VectorSpecies.of(byte.class, VectorShape.forBitSize(GREY_FLOATS.vectorBitSize() / 4)) : null;
    private static final VectorSpecies<Integer> GREY_INTS = VectorSpecies.of(int.class, GREY_FLOATS.vectorShape());
    /** The gathering shuffle for each channel offset, built once (building one per row cost more than its use). */
    private static final VectorShuffle<Byte> AT0 = channel(0), AT1 = channel(1), AT2 = channel(2);

    private LumaVectors() {
    }

    /** Fills luminance for as many whole vectors of pixels of one row as fit; returns how many pixels it did. */
    static int fillRow(byte[] s, int in, float[] out, int o, int width, int red, int green, int blue) {
        if (red == 0 && green == 1 && blue == 2) {
            return fillRow(s, in, out, o, width, AT0, AT1, AT2);
        }
        if (red == 2 && green == 1 && blue == 0) {
            return fillRow(s, in, out, o, width, AT2, AT1, AT0);
        }
        return fillRow(s, in, out, o, width, at(red), at(green), at(blue));
    }

    /** As above with the channels' shuffles; the two common orders pass constants, which the JIT folds in. */
    private static int fillRow(byte[] s, int in, float[] out, int o, int width, VectorShuffle<Byte> r,
            VectorShuffle<Byte> g, VectorShuffle<Byte> b) {
        int x = 0;
        for (; x + PIXELS <= width && in + 3 * x + BYTES.length() <= s.length; x += PIXELS) {
            luma(ByteVector.fromArray(BYTES, s, in + 3 * x), r, g, b).intoArray(out, o + x);
        }
        return x;
    }

    /**
     * As {@link #fillRow} for 4-byte pixels: each pixel is one int lane (bytes in memory order, little-endian), and a
     * channel at byte offset k is (lane >>> 8k) & 0xff, so no byte shuffle is needed.
     */
    static int fillRow4(byte[] s, int in, float[] out, int o, int width, int red, int green, int blue) {
        int x = 0;
        for (; x + PIXELS <= width && in + 4 * x + BYTES.length() <= s.length; x += PIXELS) {
            IntVector v = ByteVector.fromArray(BYTES, s, in + 4 * x).reinterpretAsInts();
            channel(v, red).mul(Luminance.FROM_RED).add(channel(v, green).mul(Luminance.FROM_GREEN))
                    .add(channel(v, blue).mul(Luminance.FROM_BLUE)).intoArray(out, o + x);
        }
        return x;
    }

    /** As {@link #fillRow} for grey samples, each the luminance itself: bytes widened to int, then to float. */
    static int fillGrey(byte[] s, int in, float[] out, int o, int width) {
        if (GREY_BYTES == null) {
            return 0;
        }
        int step = GREY_FLOATS.length();
        int x = 0;
        for (; x + step <= width && in + x + GREY_BYTES.length() <= s.length; x += step) {
            IntVector ints = (IntVector) ByteVector.fromArray(GREY_BYTES, s, in + x)
                    .convertShape(VectorOperators.ZERO_EXTEND_B2I, GREY_INTS, 0);
            ints.convertShape(VectorOperators.I2F, GREY_FLOATS, 0).reinterpretAsFloats().intoArray(out, o + x);
        }
        return x;
    }

    private static FloatVector channel(IntVector pixels, int offset) {
        return (FloatVector) pixels.lanewise(VectorOperators.LSHR, 8 * offset).and(0xff)
                .convertShape(VectorOperators.I2F, FLOATS, 0);
    }

    /**
     * The luminance of the 16 pixels at {@code s[in...]}, RGB or else BGR, with 64-byte vectors (AVX-512 VBMI
     * only: {@link #WIDE}); reads 64 bytes.
     */
    static FloatVector row16(byte[] s, int in, boolean bgr) {
        ByteVector v = ByteVector.fromArray(BYTES, s, in);
        return bgr ? luma(v, AT2, AT1, AT0) : luma(v, AT0, AT1, AT2);
    }

    private static FloatVector luma(ByteVector v, VectorShuffle<Byte> r, VectorShuffle<Byte> g,
            VectorShuffle<Byte> b) {
        return widen(v.rearrange(r)).mul(Luminance.FROM_RED).add(widen(v.rearrange(g)).mul(Luminance.FROM_GREEN))
                .add(widen(v.rearrange(b)).mul(Luminance.FROM_BLUE));
    }

    private static FloatVector widen(ByteVector bytes) {
        IntVector ints = (IntVector) bytes.convertShape(VectorOperators.ZERO_EXTEND_B2I, INTS, 0);
        return (FloatVector) ints.convertShape(VectorOperators.I2F, FLOATS, 0);
    }

    private static VectorShuffle<Byte> at(int offset) {
        return offset == 0 ? AT0 : offset == 1 ? AT1 : AT2;
    }

    private static VectorShuffle<Byte> channel(int offset) {
        int[] lanes = new int[BYTES.length()];
        for (int i = 0; i < PIXELS; i++) {
            lanes[i] = 3 * i + offset;
        }
        return VectorShuffle.fromArray(BYTES, lanes, 0);
    }

    private static boolean wideShuffles() {
        try {
            return ByteVector.SPECIES_PREFERRED.length() >= 64
                    && Files.readString(Path.of("/proc/cpuinfo")).contains(" avx512vbmi ");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
