package org.custos.index;

import java.lang.foreign.MemorySegment;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Walks a mapped snapshot, checking every size and checksum, and slices it into segments without copying. */
final class SnapshotReader {
    private final Path file;
    private final MemorySegment whole;
    private long at;

    SnapshotReader(Path file, MemorySegment whole) {
        this.file = file;
        this.whole = whole;
    }

    int header() {
        require(IndexSnapshot.HEADER, "the file header");
        byte[] magic = whole.asSlice(0, IndexSnapshot.MAGIC.length).toArray(java.lang.foreign.ValueLayout.JAVA_BYTE);
        if (!Arrays.equals(magic, IndexSnapshot.MAGIC)) {
            throw new SnapshotException(file, "not a Custos index snapshot (bad magic)");
        }
        int version = whole.get(Rows.INT, 8);
        if (version != IndexSnapshot.VERSION) {
            throw new SnapshotException(file, "unsupported version " + version + ", expected " + IndexSnapshot.VERSION);
        }
        int count = whole.get(Rows.INT, 12);
        if (count < 0) {
            throw new SnapshotException(file, "negative segment count " + count);
        }
        at = IndexSnapshot.HEADER;
        return count;
    }

    Segment segment(int index) {
        require(SnapshotRegions.SEGMENT_HEADER, "the header of segment " + index);
        int rows = whole.get(Rows.INT, at);
        int slots = whole.get(Rows.INT, at + 4);
        int overflowLines = whole.get(Rows.INT, at + SnapshotRegions.OVERFLOW_AT);
        if (rows <= 0 || rows > MultiIndex.MAX_ROWS
                || (slots != 0 && (slots < SlotLayout.MIN_SLOTS || slots > SlotLayout.MAX_SLOTS))
                || overflowLines < 0 || (slots == 0 && overflowLines != 0)) {
            throw new SnapshotException(file, "segment " + index + " at byte " + at + " has " + rows
                    + " rows, " + slots + " slots and " + overflowLines + " overflow lines, which no snapshot writes");
        }
        SlotLayout layout = slots == 0 ? null : SlotLayout.of(slots);
        if (layout != null && overflowLines > BucketBounds.lineBytes(layout) / BucketBounds.LINE_BYTES) {
            throw new SnapshotException(file, "segment " + index + " has " + overflowLines
                    + " overflow lines, more than its bucket lines");
        }
        long headerAt = at;
        at += SnapshotRegions.SEGMENT_HEADER;
        List<MemorySegment> regions = new ArrayList<>();
        List<Long> sizes = SnapshotRegions.sizes(rows, layout, overflowLines);
        for (int i = 0; i < sizes.size(); i++) {
            int crc = whole.get(Rows.INT, headerAt + SnapshotRegions.CRC_AT + 4L * i);
            regions.add(region(index, i, sizes.get(i), crc));
        }
        Rows data = new Rows(regions.get(0), regions.get(1), regions.get(2), regions.get(3));
        Tombstones deleted = Tombstones.of(regions.get(4).toArray(Rows.LONG));
        MultiIndex mih = layout == null ? null
                : new MultiIndex(layout, new BucketBounds(layout, regions.get(5), regions.get(7)), regions.get(6), rows);
        return new Segment(data, rows, mih, deleted);
    }

    void checkFullyRead() {
        if (at != whole.byteSize()) {
            throw new SnapshotException(file, "has " + (whole.byteSize() - at) + " unexpected bytes after byte " + at);
        }
    }

    private MemorySegment region(int segment, int i, long size, int expectedCrc) {
        require(IndexSnapshot.padded(size), "region " + i + " of segment " + segment);
        MemorySegment region = whole.asSlice(at, size);
        if (SnapshotRegions.crc(region) != expectedCrc) {
            throw new SnapshotException(file, "checksum mismatch in region " + i + " of segment " + segment
                    + " (bytes " + at + ".." + (at + size) + "): the file is corrupt");
        }
        at += IndexSnapshot.padded(size);
        return region;
    }

    private void require(long bytes, String what) {
        if (at + bytes > whole.byteSize()) {
            throw new SnapshotException(file, "truncated: " + what + " needs " + bytes + " bytes at byte " + at
                    + ", the file has " + whole.byteSize());
        }
    }
}
