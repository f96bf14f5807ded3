package org.custos.hash;

import java.util.Arrays;

/**
 * One box pass down the columns (see JaroszFilter), fed one input row at a time and giving output rows in order:
 * the first (window+2)/2 - 1 rows only accumulate, each further row adds itself (and, once the window is full,
 * subtracts the row {@code window} above) and yields one output row; {@link #drain} yields the last rows with a
 * shrinking window. One running sum per column, so the work vectorises across columns.
 */
final class ColumnPass {
    private float[] sums = new float[0];
    private int cols;
    private int window;
    private int accumulateOnly;
    private int pushed;
    private int count;

    void start(int columns, int windowSize) {
        if (sums.length < columns) {
            sums = new float[columns];
        }
        Arrays.fill(sums, 0, columns, 0f);
        cols = columns;
        window = windowSize;
        accumulateOnly = (windowSize + 2) / 2 - 1;
        pushed = 0;
        count = 0;
    }

    /** Rows still to come out after the last {@link #push}. */
    int drainRows() {
        return accumulateOnly;
    }

    /** Whether the next {@link #push} subtracts a leaving row (the row {@code window} rows above the entering one). */
    boolean needsLeaving() {
        return pushed >= window;
    }

    /** Adds the row at {@code in[entering]}; returns whether it wrote an output row to {@code out[to]}. */
    boolean push(float[] in, int entering, int leaving, float[] out, int to) {
        if (pushed++ >= window) {
            ColumnSums.addSubtract(sums, in, entering, leaving, cols);
        } else {
            ColumnSums.add(sums, in, entering, cols);
            count++;
        }
        if (pushed <= accumulateOnly) {
            return false;
        }
        Division.divide(sums, 0, out, to, cols, count);
        return true;
    }

    /** Subtracts the leaving row at {@code in[leaving]} and writes the next output row with one fewer in the window. */
    void drain(float[] in, int leaving, float[] out, int to) {
        ColumnSums.subtract(sums, in, leaving, cols);
        Division.divide(sums, 0, out, to, cols, --count);
    }
}
