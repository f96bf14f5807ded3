package org.custos.index;

import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Working arrays for one multi-index search: the probed buckets' bounds, then the candidate rows slot by slot.
 * Arrays of the usual size (radius 31 at 10M rows: 2,032 probes, about 7,000 candidates) are lent from a small
 * pool and given back, so a common query allocates nothing that grows with its candidates. A pool rather than a
 * thread-local, because a server may run each request on a new virtual thread; a larger search, or one that
 * finds the pool empty, gets arrays of its own, so the pool never holds more than {@link #POOLED} of these.
 */
final class Probes {
    static final int KEPT_PROBES = 4096;
    static final int KEPT_ROWS = 1 << 15;
    static final int POOLED = 2 * Runtime.getRuntime().availableProcessors();
    private static final AtomicReferenceArray<Probes> POOL = new AtomicReferenceArray<>(POOLED);

    final int[] from;
    final int[] to;
    /** Where each slot's candidates start in the rows; entry m is the end. */
    final int[] slotStart = new int[SlotLayout.MAX_SLOTS + 1];
    private int[] rows;

    private Probes(int probes) {
        from = new int[probes];
        to = new int[probes];
    }

    static Probes borrow(int probes) {
        if (probes > KEPT_PROBES) {
            return new Probes(probes);
        }
        for (int i = 0; i < POOLED; i++) {
            Probes p = POOL.getAndSet(i, null);
            if (p != null) {
                return p;
            }
        }
        return new Probes(KEPT_PROBES);
    }

    /** Returns arrays of the usual size to the pool, if it has room. */
    void giveBack() {
        if (from.length != KEPT_PROBES) {
            return;
        }
        for (int i = 0; i < POOLED; i++) {
            if (POOL.compareAndSet(i, null, this)) {
                return;
            }
        }
    }

    /** An array for this many candidate rows. */
    int[] rows(int candidates) {
        if (candidates > KEPT_ROWS) {
            return new int[candidates];
        }
        if (rows == null) {
            rows = new int[KEPT_ROWS];
        }
        return rows;
    }
}
