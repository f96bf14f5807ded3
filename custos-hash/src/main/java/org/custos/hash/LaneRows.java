package org.custos.hash;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/*
 * PDQ's row passes (JaroszFilter) with one image row per vector lane. A running sum along a row is one chain of
 * dependent additions that must keep the reference's order, so vectorising along a row is impossible; across rows
 * it is free: LANES rows (16 with AVX-512) are gathered column by column into a tile, where tile[c·LANES + k] is
 * column c of row k, and one vector sum then does every row's k-th step at once with exactly the scalar float
 * operations (LaneSums). The tile is filled 16 columns at a time (one register transpose, Transpose16, or the
 * luminance straight from pixels, LumaTiles), and each chunk is summed right after it is filled, so the sums read it
 * from the L1 cache and the chain of additions overlaps with the filling. Pass 1 transposes its averages back to
 * rows for the column pass, a tile at a time as they are ready (scatters where there are not 16 lanes); pass 2 keeps
 * only the 64 decimation columns. Measured on the 1600x1004 bridge (2 shared cores, AVX-512), per image: a 16x16
 * transpose pass about 0.22 ms, the luminance with its transpose 0.75-0.85 ms (0.55 when the pixels are in L2), the
 * rest of pass 1 0.6 ms, pass 2 0.42 ms.
 */
final class LaneRows {
    private static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED;
    static final int LANES = F.length();
    private static final int[] KEPT_ROWS = strides(64);
    /**
     * Columns moved by whole 16x16 register transposes (Transpose16); the rest by gathers and scatters. Without 16
     * lanes no column is: compare as {@code length - c >= TILE}, since {@code c + TILE} overflows.
     */
    private static final int TILE = LANES == 16 ? 16 : Integer.MAX_VALUE;
    /** Columns filled per step: one register transpose, or a few gathers. */
    private static final int CHUNK = LANES == 16 ? 16 : 8;

    private final float[] tile;
    private final float[] sums;
    private final float[] scratch = new float[LANES * LANES];
    private final int[] rowStarts;
    private final LaneSums running;
    private final int length;
    private final int window;

    /** Buffers for blocks of LANES rows of {@code length} samples, filtered with a box of {@code window}. */
    LaneRows(int length, int window) {
        this.tile = new float[LANES * length];
        this.sums = new float[LANES * length];
        this.rowStarts = strides(length);
        this.running = new LaneSums(tile, sums, length, window);
        this.length = length;
        this.window = window;
    }

    /** {@code previous} if it fits rows of {@code length} and {@code window}, else new buffers. */
    static LaneRows reusing(LaneRows previous, int length, int window) {
        return previous != null && previous.length == length && previous.window == window
                ? previous : new LaneRows(length, window);
    }

    long workingFloats() {
        return 2L * LANES * length;
    }

    /** Row pass 1: averages of LANES rows from {@code in[0...]} into rows at {@code out[to...]}. */
    void averages(float[] in, float[] out, int to) {
        running.restart();
        int moved = 0;
        for (int c = 0; c < length; ) {
            c = gather(in, c);
            moved = averagesTo(c, out, to, moved);
        }
    }

    /** Row pass 1 straight from 3-byte pixels, rows {@code first .. first+n-1} (LumaTiles), as {@link #averages}. */
    void averages(Pixels p, int first, int n, float[] out, int to) {
        running.restart();
        int moved = 0;
        for (int c = 0; c < length; ) {
            c = LumaTiles.fill(p, first, n, c, tile, scratch);
            moved = averagesTo(c, out, to, moved);
        }
    }

    /** Averages that columns {@code 0 .. filled-1} allow, moved to rows by whole tiles; returns the columns moved. */
    private int averagesTo(int filled, float[] out, int to, int moved) {
        running.averagesTo(running.readyWith(filled));
        int m = moved;
        for (; running.done() - m >= TILE; m += TILE) {
            Transpose16.transpose(sums, m * LANES, LANES, out, to + m, length);
        }
        for (; filled == length && m < length; m++) {
            FloatVector.fromArray(F, sums, m * LANES).intoArray(out, to + m, rowStarts, 0);
        }
        return m;
    }

    /** Row pass 2: averages at the 64 {@code columns} of LANES rows, into rows of 64 at {@code kept[to...]}. */
    void sampled(float[] in, int[] columns, float[] kept, int to) {
        running.restart();
        for (int c = 0; c < length; ) {
            c = gather(in, c);
            running.sampledTo(running.readyWith(c));
        }
        for (int j = 0; j < 64; j++) {
            int c = columns[j];
            FloatVector.fromArray(F, sums, c * LANES).div(BoxRows.countAt(c, length, window))
                    .intoArray(kept, to + j, KEPT_ROWS, 0);
        }
    }

    /** Moves columns from {@code c} of LANES rows into the tile; returns the next column to move. */
    private int gather(float[] in, int c) {
        if (length - c >= TILE) {
            Transpose16.transpose(in, c, length, tile, c * LANES, LANES);
            return c + TILE;
        }
        int end = Math.min(length, c + CHUNK);
        for (int x = c; x < end; x++) {
            FloatVector.fromArray(F, in, x, rowStarts, 0).intoArray(tile, x * LANES);
        }
        return end;
    }

    private static int[] strides(int length) {
        int[] starts = new int[LANES];
        for (int k = 0; k < LANES; k++) {
            starts[k] = k * length;
        }
        return starts;
    }
}
