package org.custos.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.custos.hash.PdqHash;

/**
 * How a multi-index cuts the 256 bits into m disjoint slots, slot 0 the most significant: the first 256 mod m
 * slots have ⌈256/m⌉ bits, the rest ⌊256/m⌋. Chosen by segment size, as Norouzi et al. advise (slot width near
 * log2 n): m = ⌈256 / (log2 n + ½)⌉, so a slot has about one row per bucket. 10M rows get 11 slots of 23–24 bits
 * (2,866 probes and about 2,900 candidates at radius 31; the 12 slots of 21–22 bits used before took 2,032 probes
 * but 7,300 candidates, and a candidate, a random read of its row, costs more than a probe), 1M rows 13 slots of
 * 19–20 bits. The bucket directory's byte a bucket ({@link BucketBounds}) is what makes the wider slots
 * affordable: 82–92 bytes an entry from 4M rows up. Segments under {@link #MIN_INDEXED_ROWS} rows have none: a
 * scan is faster than any table.
 */
final class SlotLayout {
    static final int MIN_INDEXED_ROWS = 4096;
    static final int MIN_SLOTS = 11;
    static final int MAX_SLOTS = 32;
    private static final Map<Long, int[]> BALLS = new ConcurrentHashMap<>();

    private final int slots;
    private final int[] widths;
    private final int[] starts;

    private SlotLayout(int slots) {
        this.slots = slots;
        widths = new int[slots];
        starts = new int[slots + 1];
        for (int s = 0; s < slots; s++) {
            widths[s] = 256 / slots + (s < 256 % slots ? 1 : 0);
            starts[s + 1] = starts[s] + widths[s];
        }
    }

    static SlotLayout of(int slots) {
        if (slots < MIN_SLOTS || slots > MAX_SLOTS) {
            throw new IllegalArgumentException("a layout has " + MIN_SLOTS + " to " + MAX_SLOTS + " slots, not "
                    + slots);
        }
        return new SlotLayout(slots);
    }

    /** The layout for a segment of this many rows, or null when a scan is the better index. */
    static SlotLayout forRows(int rows) {
        if (rows < MIN_INDEXED_ROWS) {
            return null;
        }
        double log2 = Math.log(rows) / Math.log(2);
        return of(Math.min(MAX_SLOTS, (int) Math.ceil(256 / (log2 + 0.5))));
    }

    int slots() {
        return slots;
    }

    int width(int s) {
        return widths[s];
    }

    /** The key of slot {@code s} of a hash: its bits, read from the one or two words that hold them. */
    int key(PdqHash hash, int s) {
        int i = starts[s] >>> 6;
        return extract(hash.word(i), crosses(s) ? hash.word(i + 1) : 0, s);
    }

    int key(Rows rows, int row, int s) {
        int i = starts[s] >>> 6;
        return extract(rows.word(row, i), crosses(s) ? rows.word(row, i + 1) : 0, s);
    }

    /** The word holding the first bit of slot {@code s}; a crossing slot continues into the next. */
    int firstWord(int s) {
        return starts[s] >>> 6;
    }

    boolean crosses(int s) {
        return (starts[s] & 63) + widths[s] > 64;
    }

    private int extract(long first, long second, int s) {
        int shift = starts[s] & 63;
        long bits = first << shift;
        if (shift + widths[s] > 64) {
            bits |= second >>> (64 - shift);
        }
        return (int) (bits >>> (64 - widths[s]));
    }

    /**
     * The XOR masks of the Hamming ball of {@code radius} in a slot of {@code width} bits, nearest first, or
     * null if it has more than {@code limit} members.
     */
    static int[] ball(int width, int radius, long limit) {
        if (radius < 0) {
            return new int[0];
        }
        if (ballSize(width, radius) > limit) {
            return null;
        }
        return BALLS.computeIfAbsent((long) width << 32 | radius, k -> masks(width, radius));
    }

    static long ballSize(int width, int radius) {
        long size = 0;
        long choose = 1;
        for (int k = 0; k <= Math.min(radius, width); k++) {
            size += choose;
            choose = choose * (width - k) / (k + 1);
        }
        return size;
    }

    private static int[] masks(int width, int radius) {
        List<Integer> out = new ArrayList<>();
        for (int k = 0; k <= Math.min(radius, width); k++) {
            addCombinations(width, k, 0, 0, out);
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private static void addCombinations(int width, int left, int from, int mask, List<Integer> out) {
        if (left == 0) {
            out.add(mask);
            return;
        }
        for (int bit = from; bit <= width - left; bit++) {
            addCombinations(width, left - 1, bit + 1, mask | 1 << bit, out);
        }
    }
}
