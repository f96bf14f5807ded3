package org.custos.index;

import org.custos.hash.PdqHash;

/**
 * An immutable run of rows, with its multi-index (null for small segments, which are scanned) and its
 * tombstones, the only part that changes: removing an entry sets its bit, and merges drop marked rows.
 */
final class Segment {
    final Rows rows;
    final int size;
    final MultiIndex index;
    final Tombstones deleted;
    private final ScanCombiner scans;

    Segment(Rows rows, int size, MultiIndex index, Tombstones deleted) {
        this.rows = rows;
        this.size = size;
        this.index = index;
        this.deleted = deleted;
        this.scans = size >= COMBINED_SCAN_ROWS ? new ScanCombiner() : null;
    }

    /** Scans of this many rows or more are shared between concurrent queries; smaller ones are not worth it. */
    static final int COMBINED_SCAN_ROWS = 1 << 18;

    void query(PdqHash q, int radius, MatchSink out) {
        if (index != null && index.search(rows, deleted, q, radius, out)) {
            return;
        }
        if (scans != null) {
            scans.scan(this, q, radius, out);
        } else {
            FlatScan.scan(rows, 0, size, deleted, q, radius, out);
        }
    }

    /** Tombstones every live row equal to the entry; returns how many. */
    int remove(Entry entry) {
        int[] removed = {0};
        query(entry.hash(), 0, (rows, row, d) -> {
            if (rows.id(row) == entry.id() && rows.listId(row) == entry.listId() && deleted.add(row)) {
                removed[0]++;
            }
        });
        return removed[0];
    }

    int live() {
        return size - deleted.count();
    }

    long bytes() {
        long total = Rows.bytes(size) + (size + 63L) / 64 * 8;
        if (index != null) {
            total += index.bounds.bytes() + MultiIndex.positionBytes(index.layout, size);
        }
        return total;
    }
}
