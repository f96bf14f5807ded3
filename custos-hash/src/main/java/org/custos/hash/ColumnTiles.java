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
 * were not kept in registers and made the pass several times slower). Each lane does its column's float operations
 * in the reference's order: s + entering - leaving, then s / count: over the full window by ExactReciprocal's two
 * multiply-adds (see its proof), written out here with its constants in registers, and a vector division at the
 * edges, as in LaneSums. No vector goes through a call: a shared static divide was in some runs compiled on its own
 * and then not inlined here (JIT: "already compiled into a medium method"), which made those runs 15 % slower, and
 * ExactReciprocal's own fields are reloaded after every store to a float array (they might be the same array).
 */
final class ColumnTiles {
    private static final VectorSpecies<Float> F = FloatVector.SPECIES_512;

    private final int window;

    private ColumnTiles(int window) {
        this.window = window;
    }

    /** {@code previous} if it divides by {@code window}, else a new one. */
    static ColumnTiles reusing(ColumnTiles previous, int window) {
        return previous != null && previous.window == window ? previous : new ColumnTiles(window);
    }

    /** Runs {@code steps} over {@code columns} columns (a whole number of tiles) of {@code in} into {@code out}. */
    void run(ColumnSteps steps, float[] sums, float[] in, float[] out, int columns) {
        int[] entering = steps.entering;
        int[] leaving = steps.leaving;
        int[] to = steps.to;
        int[] count = steps.count;
        FloatVector reciprocal = FloatVector.broadcast(F, 1f / window);
        FloatVector negated = FloatVector.broadcast(F, -(float) window);
        // Two tiles at a time (two chains of additions in flight) measured about 7 % slower on the whole hash.
        for (int x = 0; x < columns; x += 16) {
            int at = x * 16;
            FloatVector s = FloatVector.fromArray(F, sums, x);
            int k = 0;
            for (; k < steps.firstOutput; k++) {
                s = s.add(FloatVector.fromArray(F, in, entering[k] + at));
            }
            for (; k < steps.firstLeaving; k++) {
                s = s.add(FloatVector.fromArray(F, in, entering[k] + at));
                s.div(count[k]).intoArray(out, to[k] + at);
            }
            for (; k < steps.firstDrain; k++) {
                s = s.add(FloatVector.fromArray(F, in, entering[k] + at))
                        .sub(FloatVector.fromArray(F, in, leaving[k] + at));
                FloatVector q0 = s.mul(reciprocal);
                q0.fma(negated, s).fma(reciprocal, q0).intoArray(out, to[k] + at);
            }
            for (; k < steps.size; k++) {
                s = s.sub(FloatVector.fromArray(F, in, leaving[k] + at));
                s.div(count[k]).intoArray(out, to[k] + at);
            }
            s.intoArray(sums, x);
        }
    }
}
