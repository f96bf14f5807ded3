package org.custos.hash;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/*
 * ColumnPass's recorded steps (ColumnSteps) over rows in Tiles' blocked layout (16 lanes), tile by tile: the 16
 * running sums of a tile's columns are loaded once, carried in a register through every step (add the entering
 * row's 16 values, subtract the leaving row's, write the average), and stored once. Run row by row over whole rows
 * instead, each step loaded and stored every sum, divided in a second pass over the row, and read a row's 16 values
 * of each tile 1 KB apart, which measured slower than natural rows. The kinds of step run in separate loops, in the
 * order they come, so that no branch chooses what happens to the sum (vectors that merge after a branch in a loop
 * were not kept in registers and made the pass several times slower); the full window's divisor is loaded once.
 * Each lane does its column's float operations in the reference's order: s + entering - leaving, then s / count by
 * ExactReciprocal.
 */
final class ColumnTiles {
    private static final VectorSpecies<Float> F = FloatVector.SPECIES_512;

    private final float[] reciprocal = new float[ColumnSteps.MAX];
    private final float[] negated = new float[ColumnSteps.MAX];

    private ColumnTiles() {
    }

    /** {@code previous}, or a new one where there is none. */
    static ColumnTiles reusing(ColumnTiles previous) {
        return previous != null ? previous : new ColumnTiles();
    }

    /** Runs {@code steps} over {@code columns} columns (a whole number of tiles) of {@code in} into {@code out}. */
    void run(ColumnSteps steps, float[] sums, float[] in, float[] out, int columns) {
        int size = steps.size;
        if (size == 0) {
            return;
        }
        for (int k = 0; k < size; k++) {
            reciprocal[k] = 1f / steps.count[k];
            negated[k] = -(float) steps.count[k];
        }
        int[] entering = steps.entering;
        int[] leaving = steps.leaving;
        int[] to = steps.to;
        int full = Math.min(steps.firstLeaving, size - 1);
        FloatVector byWindow = FloatVector.broadcast(F, reciprocal[full]);
        FloatVector minusWindow = FloatVector.broadcast(F, negated[full]);
        // Two tiles at a time (two chains of additions in flight) measured about 7 % slower on the whole hash.
        for (int x = 0; x < columns; x += 16) {
            int at = x * 16;
            FloatVector s = FloatVector.fromArray(F, sums, x);
            int k = 0;
            for (; k < steps.firstOutput; k++) {
                s = s.add(row(in, entering[k] + at));
            }
            for (; k < steps.firstLeaving; k++) {
                s = s.add(row(in, entering[k] + at));
                average(s, k).intoArray(out, to[k] + at);
            }
            for (; k < steps.firstDrain; k++) {
                s = s.add(row(in, entering[k] + at)).sub(row(in, leaving[k] + at));
                ExactReciprocal.divide(s, byWindow, minusWindow).intoArray(out, to[k] + at);
            }
            for (; k < size; k++) {
                s = s.sub(row(in, leaving[k] + at));
                average(s, k).intoArray(out, to[k] + at);
            }
            s.intoArray(sums, x);
        }
    }

    private static FloatVector row(float[] in, int at) {
        return FloatVector.fromArray(F, in, at);
    }

    private FloatVector average(FloatVector s, int k) {
        return ExactReciprocal.divide(s, FloatVector.broadcast(F, reciprocal[k]), FloatVector.broadcast(F, negated[k]));
    }
}
