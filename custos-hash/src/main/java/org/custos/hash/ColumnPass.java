package org.custos.hash;

import java.util.Arrays;

/**
 * One box pass down the columns (see JaroszFilter), fed one input row at a time and giving output rows in order:
 * the first (window+2)/2 - 1 rows only accumulate, each further row adds itself (and, once the window is full,
 * subtracts the row {@code window} above) and yields one output row; {@link #drain} yields the last rows with a
 * shrinking window. One running sum per column, so the work vectorises across columns. Rows are in Tiles' layout.
 * Each row's step is recorded (ColumnSteps) and run at the latest by {@link #flush}: in natural rows one step after
 * another over the whole row; in blocked rows (ColumnTiles) all recorded steps over one tile's columns after
 * another, so the running sums stay in a register and each tile's rows are read where they lie together.
 */
final class ColumnPass {
    private final ColumnSteps steps = new ColumnSteps();
    private float[] sums = new float[0];
    private float[] in;
    private float[] out;
    private ColumnTiles tiles;
    private int cols;
    private int window;
    private int accumulateOnly;
    private int pushed;
    private int count;

    /** Starts a pass over rows of {@code columns} (whole tiles) from {@code from} into {@code into}, Tiles' layout. */
    void start(int columns, int windowSize, float[] from, float[] into) {
        if (sums.length < columns) {
            sums = new float[columns];
        }
        Arrays.fill(sums, 0, columns, 0f);
        cols = columns;
        window = windowSize;
        in = from;
        out = into;
        tiles = Tiles.SIDE == 1 ? null : ColumnTiles.reusing(tiles, windowSize);
        accumulateOnly = (windowSize + 2) / 2 - 1;
        pushed = 0;
        count = 0;
        steps.clear();
    }

    /** Rows still to come out after the last {@link #push}. */
    int drainRows() {
        return accumulateOnly;
    }

    /** Whether the next {@link #push} subtracts a leaving row (the row {@code window} rows above the entering one). */
    boolean needsLeaving() {
        return pushed >= window;
    }

    /** Adds the row at {@code in[entering]}; returns whether that gives an output row at {@code out[to]}. */
    boolean push(int entering, int leaving, int to) {
        boolean leaves = pushed++ >= window;
        if (!leaves) {
            count++;
        }
        boolean gives = pushed > accumulateOnly;
        record(true, entering, leaves, leaving, gives, to, count);
        return gives;
    }

    /** Subtracts the leaving row at {@code in[leaving]}: the next output row, with one fewer in the window. */
    void drain(int leaving, int to) {
        record(false, 0, true, leaving, true, to, --count);
    }

    /** Runs the recorded steps: before their output rows are read, or their input rows overwritten. */
    void flush() {
        if (tiles != null) {
            tiles.run(steps, sums, in, out, cols);
        } else {
            for (int k = 0; k < steps.size; k++) {
                step(k);
            }
        }
        steps.clear();
    }

    private void record(boolean enters, int entering, boolean leaves, int leaving, boolean gives, int to, int n) {
        if (steps.full()) {
            flush();
        }
        steps.add(enters, entering, leaves, leaving, gives, to, n);
    }

    /** Step {@code k} over the whole row, in natural rows. */
    private void step(int k) {
        if (k >= steps.firstDrain) {
            ColumnSums.subtract(sums, in, steps.leaving[k], cols);
        } else if (k < steps.firstLeaving) {
            ColumnSums.add(sums, in, steps.entering[k], cols);
        } else {
            ColumnSums.addSubtract(sums, in, steps.entering[k], steps.leaving[k], cols);
        }
        if (k >= steps.firstOutput) {
            Division.divide(sums, 0, out, steps.to[k], cols, steps.count[k]);
        }
    }
}
