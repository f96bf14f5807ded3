package org.custos.index;

import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * How a multi-index cuts the 256 bits into {@code slots} disjoint substrings of {@code bits} bits each, slot 0
 * being the most significant. Chosen by segment size: 16-bit slots once a segment is large enough that its
 * 65,536 buckets per slot are well filled, 8-bit slots for small segments, and no multi-index at all for tiny
 * ones, which a scan answers faster than any table.
 */
record SlotLayout(int bits) {
    static final int MIN_INDEXED_ROWS = 4096;
    static final int WIDE_FROM_ROWS = 65536;
    private static final SlotLayout NARROW = new SlotLayout(8);
    private static final SlotLayout WIDE = new SlotLayout(16);

    SlotLayout {
        if (bits != 8 && bits != 16) {
            throw new IllegalArgumentException("slot bits must be 8 or 16, was " + bits);
        }
    }

    /** The layout for a segment of this many rows, or null when a scan is the better index. */
    static SlotLayout forRows(int rows) {
        if (rows < MIN_INDEXED_ROWS) {
            return null;
        }
        return rows < WIDE_FROM_ROWS ? NARROW : WIDE;
    }

    static SlotLayout ofBits(int bits) {
        return bits == 8 ? NARROW : WIDE;
    }

    int slots() {
        return 256 / bits;
    }

    int buckets() {
        return 1 << bits;
    }

    /** The word (0 = most significant) that holds slot {@code s}. */
    int word(int s) {
        return s * bits >>> 6;
    }

    /** The key of slot {@code s}, given the word that holds it. */
    int key(long word, int s) {
        int shift = 64 - bits - (s * bits & 63);
        return (int) (word >>> shift) & (buckets() - 1);
    }

    /** The XOR masks of the Hamming ball, nearest first: {@code masks()[0 .. ballSize(r))} is the ball of radius r. */
    int[] masks() {
        return bits == 8 ? Masks.NARROW : Masks.WIDE;
    }

    int ballSize(int radius) {
        if (radius < 0) {
            return 0;
        }
        int[] sizes = bits == 8 ? Masks.NARROW_SIZES : Masks.WIDE_SIZES;
        return sizes[Math.min(radius, bits)];
    }

    private static final class Masks {
        static final int[] NARROW = byPopCount(8);
        static final int[] WIDE = byPopCount(16);
        static final int[] NARROW_SIZES = cumulative(8);
        static final int[] WIDE_SIZES = cumulative(16);

        static int[] byPopCount(int bits) {
            return IntStream.range(0, 1 << bits).boxed()
                    .sorted(Comparator.comparingInt(Integer::bitCount))
                    .mapToInt(Integer::intValue).toArray();
        }

        static int[] cumulative(int bits) {
            int[] sizes = new int[bits + 1];
            for (int v = 0; v < 1 << bits; v++) {
                sizes[Integer.bitCount(v)]++;
            }
            for (int r = 1; r <= bits; r++) {
                sizes[r] += sizes[r - 1];
            }
            return sizes;
        }
    }
}
