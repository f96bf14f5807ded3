package org.custos.index;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.List;

/**
 * Where each bucket of each slot begins and ends in that slot's sorted rows: a multi-index's bucket directory,
 * in about one byte a bucket rather than the four of an int per bucket.
 *
 * <p>Buckets are grouped by {@value #PER_LINE} into 64-byte lines: an int, the first row of the line's first
 * bucket, then a zero byte, then one byte per bucket counting the line's rows up to and including that bucket.
 * Bucket j of a line therefore spans base + byte[j] to base + byte[j + 1] (byte[0] being the zero): one cache
 * line and one two-byte read answer a probe, as the int directory did, at a quarter of its size, which is what
 * lets a 10M-row segment afford slots of 23–24 bits (11 slots, fewer candidates per query) within the same
 * memory. A line whose rows do not fit a byte (more than 255 in its buckets: a dense family of near-duplicates,
 * say) stores −1 − k as its base and keeps its bounds as ints in row k of an overflow table, 61 ints a line
 * (base, 0, then the cumulative counts), so no data can break the layout.
 */
final class BucketBounds {
    static final int PER_LINE = 59;
    static final int LINE_BYTES = 64;
    static final int OVERFLOW_INTS = PER_LINE + 2;
    private static final ValueLayout.OfShort SHORT =
            ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(java.nio.ByteOrder.LITTLE_ENDIAN);

    final MemorySegment lines;
    final MemorySegment overflow;
    private final long[] firstLine;

    BucketBounds(SlotLayout layout, MemorySegment lines, MemorySegment overflow) {
        this.lines = lines;
        this.overflow = overflow;
        this.firstLine = firstLines(layout);
    }

    /** The bounds of bucket {@code key} of slot {@code s}, packed as from &lt;&lt; 32 | to. */
    long range(int s, int key) {
        long at = (firstLine[s] + key / PER_LINE) * LINE_BYTES;
        int j = key % PER_LINE;
        int base = lines.get(Rows.INT, at);
        if (base >= 0) {
            int counts = lines.get(SHORT, at + 4 + j);
            return (long) (base + (counts & 0xFF)) << 32 | (base + (counts >>> 8 & 0xFF));
        }
        long row = (-1L - base) * OVERFLOW_INTS * 4;
        int from = overflow.get(Rows.INT, row) + overflow.get(Rows.INT, row + 4 * (1 + j));
        int to = overflow.get(Rows.INT, row) + overflow.get(Rows.INT, row + 4 * (2 + j));
        return (long) from << 32 | to & 0xFFFFFFFFL;
    }

    static long lineBytes(SlotLayout layout) {
        return firstLines(layout)[layout.slots()] * LINE_BYTES;
    }

    static long overflowBytes(int overflowLines) {
        return 4L * OVERFLOW_INTS * overflowLines;
    }

    int overflowLines() {
        return (int) (overflow.byteSize() / (4L * OVERFLOW_INTS));
    }

    long bytes() {
        return lines.byteSize() + overflow.byteSize();
    }

    private static long[] firstLines(SlotLayout layout) {
        long[] first = new long[layout.slots() + 1];
        for (int s = 0; s < layout.slots(); s++) {
            first[s + 1] = first[s] + ((1L << layout.width(s)) + PER_LINE - 1) / PER_LINE;
        }
        return first;
    }

    /** Fills the lines slot by slot (slots may be written by different threads), then the overflow table. */
    static final class Builder {
        private final SlotLayout layout;
        private final long[] firstLine;
        private final MemorySegment lines;
        private final List<List<int[]>> overflowBySlot = new ArrayList<>();
        private final List<List<Long>> overflowLinesBySlot = new ArrayList<>();

        Builder(SlotLayout layout) {
            this.layout = layout;
            this.firstLine = firstLines(layout);
            this.lines = OffHeap.allocate(lineBytes(layout));
            for (int s = 0; s < layout.slots(); s++) {
                overflowBySlot.add(new ArrayList<>());
                overflowLinesBySlot.add(new ArrayList<>());
            }
        }

        /** Slot {@code s}'s buckets: {@code starts[k]} is bucket k's first row, the last entry the row count. */
        void put(int s, int[] starts) {
            int buckets = 1 << layout.width(s);
            for (long line = 0; firstLine[s] + line < firstLine[s + 1]; line++) {
                int first = (int) (line * PER_LINE);
                int end = Math.min(first + PER_LINE, buckets);
                long at = (firstLine[s] + line) * LINE_BYTES;
                int base = starts[first];
                if (starts[end] - base <= 0xFF) {
                    lines.set(Rows.INT, at, base);
                    for (int b = first; b < end; b++) {
                        lines.set(ValueLayout.JAVA_BYTE, at + 5 + b - first, (byte) (starts[b + 1] - base));
                    }
                } else {
                    int[] bounds = new int[OVERFLOW_INTS];
                    bounds[0] = base;
                    for (int b = first; b < end; b++) {
                        bounds[2 + b - first] = starts[b + 1] - base;
                    }
                    overflowBySlot.get(s).add(bounds);
                    overflowLinesBySlot.get(s).add(at);
                }
            }
        }

        BucketBounds build() {
            int total = overflowBySlot.stream().mapToInt(List::size).sum();
            MemorySegment overflow = OffHeap.allocate(overflowBytes(total));
            int k = 0;
            for (int s = 0; s < layout.slots(); s++) {
                for (int i = 0; i < overflowBySlot.get(s).size(); i++, k++) {
                    MemorySegment.copy(overflowBySlot.get(s).get(i), 0, overflow, Rows.INT,
                            4L * OVERFLOW_INTS * k, OVERFLOW_INTS);
                    lines.set(Rows.INT, overflowLinesBySlot.get(s).get(i), -1 - k);
                }
            }
            return new BucketBounds(layout, lines, overflow.asSlice(0, overflowBytes(total)));
        }
    }
}
