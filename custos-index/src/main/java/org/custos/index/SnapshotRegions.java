package org.custos.index;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;

/** One segment as the snapshot stores it: its header and its regions, cut to their exact sizes. */
record SnapshotRegions(MemorySegment header, List<MemorySegment> regions) {
    static final int SEGMENT_HEADER = 64;
    static final int OVERFLOW_AT = 8;
    static final int CRC_AT = 16;

    static SnapshotRegions of(Segment s) {
        List<MemorySegment> regions = new ArrayList<>(rowRegions(s.rows, s.size));
        regions.add(tombstones(s));
        int slots = 0;
        int overflowLines = 0;
        if (s.index != null) {
            slots = s.index.layout.slots();
            overflowLines = s.index.bounds.overflowLines();
            regions.add(s.index.bounds.lines.asSlice(0, BucketBounds.lineBytes(s.index.layout)));
            regions.add(s.index.positions.asSlice(0, MultiIndex.positionBytes(s.index.layout, s.size)));
            regions.add(s.index.bounds.overflow);
        }
        MemorySegment header = Arena.ofAuto().allocate(SEGMENT_HEADER);
        header.set(Rows.INT, 0, s.size);
        header.set(Rows.INT, 4, slots);
        header.set(Rows.INT, OVERFLOW_AT, overflowLines);
        for (int i = 0; i < regions.size(); i++) {
            header.set(Rows.INT, CRC_AT + 4L * i, crc(regions.get(i)));
        }
        return new SnapshotRegions(header, regions);
    }

    /** The sizes of a segment's regions, in file order. */
    static List<Long> sizes(int rows, SlotLayout layout, int overflowLines) {
        List<Long> sizes = new ArrayList<>(List.of(rows * Rows.HALF_BYTES, rows * Rows.HALF_BYTES, rows * 8L,
                rows * 4L, tombstoneWords(rows) * 8L));
        if (layout != null) {
            sizes.add(BucketBounds.lineBytes(layout));
            sizes.add(MultiIndex.positionBytes(layout, rows));
            sizes.add(BucketBounds.overflowBytes(overflowLines));
        }
        return sizes;
    }

    static int crc(MemorySegment region) {
        CRC32C crc = new CRC32C();
        long step = 1L << 30;
        for (long at = 0; at < region.byteSize(); at += step) {
            crc.update(region.asSlice(at, Math.min(step, region.byteSize() - at)).asByteBuffer());
        }
        return (int) crc.getValue();
    }

    static long tombstoneWords(int rows) {
        return (rows + 63L) / 64;
    }

    private static List<MemorySegment> rowRegions(Rows rows, int n) {
        return List.of(rows.high.asSlice(0, n * Rows.HALF_BYTES), rows.low.asSlice(0, n * Rows.HALF_BYTES),
                rows.ids.asSlice(0, n * 8L), rows.lists.asSlice(0, n * 4L));
    }

    private static MemorySegment tombstones(Segment s) {
        long[] words = s.deleted.words();
        MemorySegment out = Arena.ofAuto().allocate(tombstoneWords(s.size) * 8, 64);
        for (int i = 0; i < tombstoneWords(s.size); i++) {
            out.set(Rows.LONG, 8L * i, words[i]);
        }
        return out;
    }
}
