package org.custos.index;

import org.custos.hash.PdqHash;

/**
 * The exact scan: every row's first 128 bits are compared with the query, and only rows whose partial
 * distance is already within the radius (a few in a million at radius 31 on uniform data) have their other
 * 128 bits read. Exact at any radius, it is both the index of small segments and the fallback of the
 * multi-index when too many candidates are expected. Whole vectors of rows go through {@link VectorScan}
 * (2.3× the scalar loop here). A batch walks the rows block by block and runs every
 * query of the batch on a block while it sits in cache, so memory is read once per batch, not once per query.
 */
final class FlatScan {
    static final int BLOCK_ROWS = 2048;

    private FlatScan() {
    }

    static void scan(Rows rows, int from, int to, Tombstones deleted, PdqHash q, int radius, MatchSink out) {
        int row = VectorScan.scan(rows, from, to, deleted, q, radius, out);
        long q0 = q.w0();
        long q1 = q.w1();
        for (; row < to; row++) {
            if (rows.highDistance(row, q0, q1) <= radius) {
                confirm(rows, row, deleted, q, radius, out);
            }
        }
    }

    static void scanBatch(Rows rows, int size, Tombstones deleted, PdqHash[] queries, int[] radii,
            MatchSink[] outs) {
        for (int from = 0; from < size; from += BLOCK_ROWS) {
            int to = Math.min(size, from + BLOCK_ROWS);
            for (int i = 0; i < queries.length; i++) {
                scan(rows, from, to, deleted, queries[i], radii[i], outs[i]);
            }
        }
    }

    static void confirm(Rows rows, int row, Tombstones deleted, PdqHash q, int radius, MatchSink out) {
        int d = rows.highDistance(row, q.w0(), q.w1()) + rows.lowDistance(row, q.w2(), q.w3());
        if (d <= radius && !deleted.contains(row)) {
            out.accept(rows, row, d);
        }
    }
}
