package org.custos.index;

import java.lang.foreign.MemorySegment;
import org.custos.hash.PdqHash;

/**
 * Multi-index hashing over one immutable segment, after Norouzi, Punjani and Fleet, "Fast Exact Search in
 * Hamming Space with Multi-Index Hashing" (IEEE TPAMI 36(6), 2014).
 *
 * <p>The 256 bits are cut into m disjoint slots of about 256/m bits (11 slots of 23–24 bits for 10M rows, see
 * {@link SlotLayout}). Write r = m·ρ + a with 0 ≤ a < m. If a row is within r of the query, then some slot
 * i ≤ a is within ρ of the query's slot, or some slot i > a is within ρ−1: otherwise the total distance would be
 * at least
 * (a+1)(ρ+1) + (m−a−1)ρ = r+1. So probing, in each slot table, every bucket within that slot radius of the
 * query's key finds every answer; each candidate is then checked on its full 256 bits, first 128 bits first.
 * At r = 31 with 11 slots, 10 slots are probed at radius 2 and 1 at radius 1: 2,866 probes, exact. A candidate
 * can hit in several slots; it is reported only from the first slot where it lies within the slot radius, so
 * no visited set is needed.
 *
 * <p>Layout: the segment's rows are sorted by their slot-0 key, so slot 0's buckets are row ranges; each other
 * slot keeps a 3-byte row number per row, bucketed by its key (bucket sort, rows ascending within a bucket),
 * and every slot's bucket bounds are in a {@link BucketBounds} directory (about a byte a bucket). That is 30
 * bytes per entry for 11 slots plus the directory, and caps a segment at 2^24 rows; bigger indexes hold several
 * segments.
 *
 * <p>A search runs in three passes over pooled arrays ({@link Probes}) rather than bucket by bucket: the
 * bounds of every probed bucket, then the row numbers of every candidate, then the check of every candidate.
 * Each is a random read into hundreds of megabytes, and each pass's reads are independent of one another, so
 * the processor keeps several cache misses in flight; bucket by bucket, each bucket's short loop waited on the
 * read of its bounds and ended in a mispredicted branch. At 10M rows this took a query from about 600 to about
 * 340 µs of CPU (same JVM, alternating, 2-core Xeon VM).
 *
 * <p>Every probed bucket's size is known before its candidates are read, so the search keeps a budget: the
 * scan's cost, less the probes'. When the candidates exceed it (large radius, or clustered data where the query
 * falls in a dense family) or the ball of probes itself is too large, {@link #search} declines and the segment
 * scans instead, so a query never costs much more than a scan. Answers are held back until the search completes,
 * so a declined search has reported nothing.
 */
final class MultiIndex {
    static final long MAX_PROBES = 1 << 15;
    /**
     * A random read (a probe or a candidate) costs about this many rows of the vectorised scan: ~30 ns against
     * ~0.8 ns per row, measured on 2-core Xeon VMs.
     */
    static final int RANDOM_READ_COST = 32;
    static final int MAX_ROWS = 1 << 24;

    final SlotLayout layout;
    final BucketBounds bounds;
    final MemorySegment positions;
    private final int rows;
    private final int readCost;

    MultiIndex(SlotLayout layout, BucketBounds bounds, MemorySegment positions, int rows) {
        this(layout, bounds, positions, rows, RANDOM_READ_COST);
    }

    private MultiIndex(SlotLayout layout, BucketBounds bounds, MemorySegment positions, int rows, int readCost) {
        this.layout = layout;
        this.bounds = bounds;
        this.positions = positions;
        this.rows = rows;
        this.readCost = readCost;
    }

    /** The same tables with another cost model; 0 never falls back (tests use it to exercise every path). */
    MultiIndex withReadCost(int cost) {
        return new MultiIndex(layout, bounds, positions, rows, cost);
    }

    static long positionBytes(SlotLayout layout, int rows) {
        return 3L * (layout.slots() - 1) * rows + 4;
    }

    /** Finds every live row within {@code radius}, or returns false, having reported nothing, if a scan is cheaper. */
    boolean search(Rows data, Tombstones deleted, PdqHash q, int radius, MatchSink out) {
        int[][] balls = balls(radius);
        if (balls == null) {
            return false;
        }
        int[] keys = keys(q);
        long probes = probes(balls);
        Probes p = Probes.borrow((int) probes);
        try {
            long candidates = readBounds(balls, keys, p);
            long budget = readCost == 0 ? Long.MAX_VALUE : rows / readCost - probes;
            if (candidates > budget) {
                return false;
            }
            int[] rowsFound = gather(balls, p, (int) candidates);
            Found found = new Found();
            check(data, deleted, q, radius, keys, p, rowsFound, found);
            found.emit(data, out);
            return true;
        } finally {
            p.giveBack();
        }
    }

    /** Reads every probed bucket's bounds; returns the candidates they hold. */
    private long readBounds(int[][] balls, int[] keys, Probes p) {
        int[] from = p.from;
        int[] to = p.to;
        long total = 0;
        int n = 0;
        for (int s = 0; s < keys.length; s++) {
            int key = keys[s];
            for (int mask : balls[s]) {
                long range = bounds.range(s, key ^ mask);
                from[n] = (int) (range >>> 32);
                to[n] = (int) range;
                total += to[n] - from[n];
                n++;
            }
        }
        return total;
    }

    /** Lists the candidate rows of every probed bucket, slot by slot. */
    private int[] gather(int[][] balls, Probes p, int candidates) {
        int[] rowsOut = p.rows(candidates);
        int n = 0;
        int b = 0;
        for (int s = 0; s < balls.length; s++) {
            p.slotStart[s] = n;
            for (int end = b + balls[s].length; b < end; b++) {
                for (int i = p.from[b], to = p.to[b]; i < to; i++) {
                    rowsOut[n++] = s == 0 ? i : position(s, i);
                }
            }
        }
        p.slotStart[balls.length] = n;
        return rowsOut;
    }

    /** Checks each candidate on its full 256 bits; each row is reported only from its first slot. */
    private void check(Rows data, Tombstones deleted, PdqHash q, int radius, int[] keys, Probes p, int[] candidates,
            Found found) {
        long q0 = q.w0();
        long q1 = q.w1();
        for (int s = 0; s < keys.length; s++) {
            for (int c = p.slotStart[s], end = p.slotStart[s + 1]; c < end; c++) {
                int row = candidates[c];
                if (data.highDistance(row, q0, q1) <= radius) {
                    int d = data.highDistance(row, q0, q1) + data.lowDistance(row, q.w2(), q.w3());
                    if (d <= radius && firstSlot(data, row, keys, radius) == s && !deleted.contains(row)) {
                        found.add(row, d);
                    }
                }
            }
        }
    }

    /** Each slot's ball of masks for this radius, or null when they hold more than {@link #MAX_PROBES}. */
    private int[][] balls(int radius) {
        int m = layout.slots();
        int[][] balls = new int[m][];
        long probes = 0;
        for (int s = 0; s < m; s++) {
            balls[s] = SlotLayout.ball(layout.width(s), slotRadius(s, radius), MAX_PROBES);
            if (balls[s] == null || (probes += balls[s].length) > MAX_PROBES) {
                return null;
            }
        }
        return balls;
    }

    private static long probes(int[][] balls) {
        long probes = 0;
        for (int[] ball : balls) {
            probes += ball.length;
        }
        return probes;
    }

    /** The first slot in which the row lies within that slot's radius: the one slot that reports it. */
    private int firstSlot(Rows data, int row, int[] keys, int radius) {
        for (int s = 0; s < keys.length; s++) {
            if (Integer.bitCount(layout.key(data, row, s) ^ keys[s]) <= slotRadius(s, radius)) {
                return s;
            }
        }
        throw new IllegalStateException("row " + row + " is within the radius but in no slot's ball");
    }

    /** Norouzi's split: with r = m·ρ + a, slots 0..a search radius ρ and the others ρ − 1. */
    private int slotRadius(int s, int radius) {
        int m = layout.slots();
        return s <= radius % m ? radius / m : radius / m - 1;
    }

    int[] keys(PdqHash q) {
        int[] keys = new int[layout.slots()];
        for (int s = 0; s < keys.length; s++) {
            keys[s] = layout.key(q, s);
        }
        return keys;
    }

    private int position(int s, int i) {
        return positions.get(Rows.INT, 3L * ((s - 1L) * rows + i)) & 0xFFFFFF;
    }
}
