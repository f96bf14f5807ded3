package org.custos.index;

/**
 * One thread's working arrays for a multi-index search: the probed buckets' bounds, then the candidate rows
 * slot by slot. Arrays of the usual size (radius 31 at 10M rows: 2,032 probes, about 7,000 candidates) are kept
 * per thread, so a common query allocates nothing that grows with its candidates; a larger search gets arrays
 * of its own, so no thread keeps more than {@link #KEPT_ROWS} rows' worth after one.
 */
final class Probes {
    static final int KEPT_PROBES = 4096;
    static final int KEPT_ROWS = 1 << 15;
    private static final ThreadLocal<Probes> MINE = ThreadLocal.withInitial(() -> new Probes(KEPT_PROBES));

    final int[] from;
    final int[] to;
    /** Where each slot's candidates start in the rows; entry m is the end. */
    final int[] slotStart = new int[SlotLayout.MAX_SLOTS + 1];
    private int[] rows;

    private Probes(int probes) {
        from = new int[probes];
        to = new int[probes];
    }

    static Probes mine(int probes) {
        return probes <= KEPT_PROBES ? MINE.get() : new Probes(probes);
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
