package org.custos.index;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import org.custos.hash.PdqHash;

/**
 * Off-heap columns of entries. A hash is split into two 16-byte halves stored in two regions: {@code high}
 * holds (w0, w1) of each row and {@code low} holds (w2, w3), so a scan reads only the first 128 bits and touches
 * the rest for the rare survivors, while a random candidate check costs one cache line. Ids and list ids are
 * columns of their own. Every region is little-endian, so a snapshot file maps back to the same layout.
 */
final class Rows {
    static final ValueLayout.OfLong LONG = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    static final long HALF_BYTES = 16;
    static final int BYTES_PER_ROW = 16 + 16 + 8 + 4;

    final MemorySegment high;
    final MemorySegment low;
    final MemorySegment ids;
    final MemorySegment lists;

    Rows(MemorySegment high, MemorySegment low, MemorySegment ids, MemorySegment lists) {
        this.high = high;
        this.low = low;
        this.ids = ids;
        this.lists = lists;
    }

    static Rows allocate(int capacity) {
        return new Rows(OffHeap.allocate(capacity * HALF_BYTES), OffHeap.allocate(capacity * HALF_BYTES),
                OffHeap.allocate(capacity * 8L), OffHeap.allocate(capacity * 4L));
    }

    void set(int row, long id, long w0, long w1, long w2, long w3, int listId) {
        long at = row * HALF_BYTES;
        high.set(LONG, at, w0);
        high.set(LONG, at + 8, w1);
        low.set(LONG, at, w2);
        low.set(LONG, at + 8, w3);
        ids.set(LONG, row * 8L, id);
        lists.set(INT, row * 4L, listId);
    }

    void copyRow(int row, Rows to, int toRow) {
        to.set(toRow, id(row), word(row, 0), word(row, 1), word(row, 2), word(row, 3), listId(row));
    }

    long word(int row, int i) {
        MemorySegment half = i < 2 ? high : low;
        return half.get(LONG, row * HALF_BYTES + 8 * (i & 1));
    }

    long id(int row) {
        return ids.get(LONG, row * 8L);
    }

    int listId(int row) {
        return lists.get(INT, row * 4L);
    }

    PdqHash hash(int row) {
        return new PdqHash(word(row, 0), word(row, 1), word(row, 2), word(row, 3));
    }

    Entry entry(int row) {
        return new Entry(id(row), hash(row), listId(row));
    }

    /** Distance over bits 255..128 (words 0 and 1). */
    int highDistance(int row, long q0, long q1) {
        long at = row * HALF_BYTES;
        return Long.bitCount(high.get(LONG, at) ^ q0) + Long.bitCount(high.get(LONG, at + 8) ^ q1);
    }

    /** Distance over bits 127..0 (words 2 and 3). */
    int lowDistance(int row, long q2, long q3) {
        long at = row * HALF_BYTES;
        return Long.bitCount(low.get(LONG, at) ^ q2) + Long.bitCount(low.get(LONG, at + 8) ^ q3);
    }

    static long bytes(long rows) {
        return rows * BYTES_PER_ROW;
    }
}
