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
 * from the L1 cache and the chain of additions overlaps with the filling. Pass 1 moves its averages back to rows
 * for the column pass as they are ready; pass 2 keeps only the 64 decimation columns. With 16 lanes the rows on
 * either side are in Tiles' blocked layout, so each move is one transpose of a contiguous 16x16 block, the tile and
 * sums are padded to whole tiles (the padded columns are moved but never read into a result), and there are no
 * gathers or scatters for the last columns; with fewer lanes the rows are natural and moved by gathers and
 * scatters. Measured on the 1600x1004 bridge (2 shared cores, AVX-512), per image, before the blocked layout: a
 * 16x16 transpose pass about 0.22 ms, the luminance with its transpose 0.75-0.85 ms (0.55 when the pixels are in
 * L2), the rest of pass 1 0.6 ms, pass 2 0.42 ms.
 */
final class LaneRows {
    private static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED;
    static final int LANES = F.length();
    /**
     * Whether rows are moved by whole 16x16 register transposes (Transpose16), else by gathers and scatters; the
     * same as Tiles.SIDE == 16, which is defined from this class (so this one must not read Tiles while starting).
     */
    private static final boolean TRANSPOSES = LANES == 16;
    /** Columns gathered per step without transposes. */
    private static final int CHUNK = 8;

    private final float[] tile;
    private final float[] sums;
    private final float[] scratch = new float[LANES * LANES];
    private final int[] rowStarts;
    /** Lane k's offset in the rows kept for the last column pass (64 wide). */
    private final int[] keptStarts = strides(64);
    private final LaneSums running;
    private final int length;
    private final int padded;
    private final int window;

    /** Buffers for blocks of LANES rows of {@code length} samples, filtered with a box of {@code window}. */
    LaneRows(int length, int window) {
        this.padded = Tiles.padded(length);
        this.tile = new float[LANES * padded];
        this.sums = new float[LANES * padded];
        this.rowStarts = strides(padded);
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
        return 2L * LANES * padded;
    }

    /** Row pass 1: averages of LANES rows from {@code in[0...]} into rows at {@code out[to...]} (Tiles' layout). */
    void averages(float[] in, float[] out, int to) {
        running.restart();
        int moved = 0;
        for (int c = 0; c < length; ) {
            c = gather(in, c);
            moved = averagesTo(c, out, to, moved);
        }
    }

    /** Row pass 1 straight from pixels, rows {@code first .. first+n-1} (LumaTiles), as {@link #averages}. */
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
        int ready = filled >= length ? padded : running.done();
        int m = moved;
        for (; m + Tiles.SIDE <= ready; m += Tiles.SIDE) {
            if (TRANSPOSES) {
                Transpose16.transpose(sums, m * LANES, out, to + m * LANES);
            } else {
                FloatVector.fromArray(F, sums, m * LANES).intoArray(out, to + m, rowStarts, 0);
            }
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
                    .intoArray(kept, to + Tiles.column(j), keptStarts, 0);
        }
    }

    /** Moves columns from {@code c} of LANES rows into the tile; returns the next column to move. */
    private int gather(float[] in, int c) {
        if (TRANSPOSES) {
            Transpose16.transpose(in, c * LANES, tile, c * LANES);
            return c + LANES;
        }
        int end = Math.min(length, c + CHUNK);
        for (int x = c; x < end; x++) {
            FloatVector.fromArray(F, in, x, rowStarts, 0).intoArray(tile, x * LANES);
        }
        return end;
    }

    /** Where each lane's row starts among rows {@code width} wide (Tiles' layout). */
    private static int[] strides(int width) {
        int[] starts = new int[LANES];
        for (int k = 0; k < LANES; k++) {
            starts[k] = Tiles.rowStart(k, width);
        }
        return starts;
    }
}
