package org.custos.index;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Builds one segment from the live rows of others: rows are placed in the order of their slot-0 key, then
 * every other slot's table is its row numbers in the order of that slot's key (slots built in parallel). Both
 * are {@link BucketSort}s, linear in the rows with no comparison sort, so 10M entries build in seconds.
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
            throw new IllegalArgumentException("a segment holds at most " + MultiIndex.MAX_ROWS + " rows, not "
                    + total);
        }
        int n = (int) total;
        Rows live = gather(sources, n);
        if (layout == null) {
            return new Segment(live, n, null, new Tombstones(n));
        }
        Rows rows = Rows.allocate(Math.max(1, n));
        BucketBounds.Builder bounds = new BucketBounds.Builder(layout);
        int[] starts = new int[(1 << layout.width(0)) + 1];
        BucketSort.sort(n, layout.width(0), i -> layout.key(live, i, 0), starts, (to, i) -> live.copyRow(i, rows, to));
        bounds.put(0, starts);
        MemorySegment positions = OffHeap.allocate(MultiIndex.positionBytes(layout, n));
        IntStream.range(1, layout.slots()).parallel()
                .forEach(s -> bucketSlot(rows, n, layout, s, bounds, positions));
        return new Segment(rows, n, new MultiIndex(layout, bounds.build(), positions, n), new Tombstones(n));
    }

    /** The live rows of the sources, in order: the source itself when it is one with nothing removed. */
    private static Rows gather(List<Segment> sources, int n) {
        if (sources.size() == 1 && sources.getFirst().deleted.count() == 0) {
            return sources.getFirst().rows;
        }
        Rows to = Rows.allocate(Math.max(1, n));
        int next = 0;
        for (Segment source : sources) {
            for (int row = 0; row < source.size; row++) {
                if (!source.deleted.contains(row)) {
                    source.rows.copyRow(row, to, next++);
                }
            }
        }
        return to;
    }

    private static void bucketSlot(Rows rows, int n, SlotLayout layout, int s, BucketBounds.Builder bounds,
            MemorySegment positions) {
        int[] starts = new int[(1 << layout.width(s)) + 1];
        long base = 3L * (s - 1) * n;
        BucketSort.sort(n, layout.width(s), row -> layout.key(rows, row, s), starts, (to, row) -> {
            long at = base + 3L * to;
            positions.set(SHORT, at, (short) row);
            positions.set(ValueLayout.JAVA_BYTE, at + 2, (byte) (row >>> 16));
        });
        bounds.put(s, starts);
    }
}
