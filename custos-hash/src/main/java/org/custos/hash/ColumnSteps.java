package org.custos.hash;

/**
 * The steps of a column pass (ColumnPass) recorded before they run, one per input row, each with the starts of its
 * rows. In the order a pass makes them, the steps without an output row (the first rows, which only accumulate)
 * come first, then those without a leaving row (the window still growing), then those that add and subtract, then
 * those without an entering row (the window shrinking at the end); the three boundaries say where each kind ends.
 */
final class ColumnSteps {
    /** Steps held at most before they run. */
    static final int MAX = 16;

    final int[] entering = new int[MAX];
    final int[] leaving = new int[MAX];
    final int[] to = new int[MAX];
    final int[] count = new int[MAX];
    /** Steps so far, and the first one with an output row, with a leaving row, and without an entering row. */
    int size;
    int firstOutput;
    int firstLeaving;
    int firstDrain;

    boolean full() {
        return size == MAX;
    }

    /** Adds a step; which rows it has follows from the order above and must keep it. */
    void add(boolean enters, int enteringRow, boolean leaves, int leavingRow, boolean gives, int toRow, int divisor) {
        firstOutput += gives ? 0 : 1;
        firstLeaving += leaves ? 0 : 1;
        firstDrain += enters ? 1 : 0;
        entering[size] = enteringRow;
        leaving[size] = leavingRow;
        to[size] = toRow;
        count[size++] = divisor;
    }

    void clear() {
        size = 0;
        firstOutput = 0;
        firstLeaving = 0;
        firstDrain = 0;
    }
}
