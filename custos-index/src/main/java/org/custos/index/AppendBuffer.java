package org.custos.index;

import org.custos.hash.PdqHash;

/**
 * The newest entries, appended by one writer at a time and scanned by any number of readers: a reader reads the
 * volatile size first and sees every row written before it. A full buffer is sealed into a scan-only segment
 * (sharing its rows and tombstones) and merged into an indexed one in the background.
 */
final class AppendBuffer {
    static final int CAPACITY = 1 << 16;

    private final Rows rows = Rows.allocate(CAPACITY);
    private final Tombstones deleted = new Tombstones(CAPACITY);
    private volatile int size;

    /** Appends the entry; false when the buffer is full. Callers hold the index's write lock. */
    boolean append(Entry entry) {
        int n = size;
        if (n == CAPACITY) {
            return false;
        }
        PdqHash h = entry.hash();
        rows.set(n, entry.id(), h.w0(), h.w1(), h.w2(), h.w3(), entry.listId());
        size = n + 1;
        return true;
    }

    boolean isEmpty() {
        return size == 0;
    }

    Segment asSegment() {
        return new Segment(rows, size, null, deleted);
    }
}
