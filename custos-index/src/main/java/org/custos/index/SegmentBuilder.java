package org.custos.index;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Builds one segment from the live rows of others: rows are placed by a counting sort on their slot-0 key, then
 * every other slot's table is a counting sort of row numbers on that slot's key (slots built in parallel).
 * Linear in the rows, with no comparison sort, so 10M entries build in seconds.
 */
final class SegmentBuilder {
    private static final ValueLayout.OfShort SHORT =
            ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    private SegmentBuilder() {
    }

    static Segment merge(List<Segment> sources) {
        return merge(sources, SlotLayout.forRows((int) Math.min(MultiIndex.MAX_ROWS,
                sources.stream().mapToLong(Segment::live).sum())));
    }

    /** Builds with the given layout (null: scan only), whatever the size; tests use it to cover every path. */
    static Segment merge(List<Segment> sources, SlotLayout layout) {
        long total = sources.stream().mapToLong(Segment::live).sum();
        if (total > MultiIndex.MAX_ROWS) {
            throw new IllegalArgumentException("a segment holds at most " + MultiIndex.MAX_ROWS + " rows, not " + total);
        }
        int n = (int) total;
        Rows rows = Rows.allocate(Math.max(1, n));
        if (layout == null) {
            copyLive(sources, rows);
            return new Segment(rows, n, null, new Tombstones(n));
        }
        MemorySegment offsets = OffHeap.allocate(MultiIndex.offsetBytes(layout));
        placeBySlotZero(sources, rows, layout, offsets);
        MemorySegment positions = OffHeap.allocate(MultiIndex.positionBytes(layout, n));
        IntStream.range(1, layout.slots()).parallel()
                .forEach(s -> bucketSlot(rows, n, layout, s, offsets, positions));
        return new Segment(rows, n, new MultiIndex(layout, offsets, positions, n), new Tombstones(n));
    }

    private static void copyLive(List<Segment> sources, Rows to) {
        int next = 0;
        for (Segment source : sources) {
            for (int row = 0; row < source.size; row++) {
                if (!source.deleted.contains(row)) {
                    source.rows.copyRow(row, to, next++);
                }
            }
        }
    }

    private static void placeBySlotZero(List<Segment> sources, Rows to, SlotLayout layout, MemorySegment offsets) {
        int[] starts = new int[(1 << layout.width(0)) + 1];
        for (Segment source : sources) {
            for (int row = 0; row < source.size; row++) {
                if (!source.deleted.contains(row)) {
                    starts[slotZeroKey(source.rows, row, layout) + 1]++;
                }
            }
        }
        prefixSum(starts);
        writeOffsets(offsets, layout, 0, starts);
        for (Segment source : sources) {
            for (int row = 0; row < source.size; row++) {
                if (!source.deleted.contains(row)) {
                    source.rows.copyRow(row, to, starts[slotZeroKey(source.rows, row, layout)]++);
                }
            }
        }
    }

    private static void bucketSlot(Rows rows, int n, SlotLayout layout, int s, MemorySegment offsets,
            MemorySegment positions) {
        int[] starts = new int[(1 << layout.width(s)) + 1];
        for (int row = 0; row < n; row++) {
            starts[layout.key(rows, row, s) + 1]++;
        }
        prefixSum(starts);
        writeOffsets(offsets, layout, s, starts);
        long base = 3L * (s - 1) * n;
        for (int row = 0; row < n; row++) {
            long at = base + 3L * starts[layout.key(rows, row, s)]++;
            positions.set(SHORT, at, (short) row);
            positions.set(ValueLayout.JAVA_BYTE, at + 2, (byte) (row >>> 16));
        }
    }

    private static int slotZeroKey(Rows rows, int row, SlotLayout layout) {
        return layout.key(rows, row, 0);
    }

    private static void prefixSum(int[] counts) {
        for (int i = 1; i < counts.length; i++) {
            counts[i] += counts[i - 1];
        }
    }

    private static void writeOffsets(MemorySegment offsets, SlotLayout layout, int s, int[] starts) {
        long base = 4L * layout.offsetIndex(s, 0);
        for (int k = 0; k < starts.length; k++) {
            offsets.set(Rows.INT, base + 4L * k, starts[k]);
        }
    }
}
