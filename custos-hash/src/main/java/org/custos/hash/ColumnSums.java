package org.custos.hash;

/*
 * The row-by-row steps of a box pass down columns (JaroszFilter): one running sum per column, updated with a
 * whole row at a time. Every column does its own additions in the reference's order, so lanes are independent and
 * the Vector API (Lanes) takes as many columns per instruction as the CPU has lanes where its module is
 * present; plain loops do the rest of a row, or all of it without the module.
 */
final class ColumnSums {
    private ColumnSums() {
    }

    static void add(float[] s, float[] in, int from, int n) {
        int x = Luminance.VECTORS ? Lanes.add(s, in, from, n) : 0;
        for (; x < n; x++) {
            s[x] += in[from + x];
        }
    }

    static void addSubtract(float[] s, float[] in, int entering, int leaving, int n) {
        int x = Luminance.VECTORS ? Lanes.addSubtract(s, in, entering, leaving, n) : 0;
        for (; x < n; x++) {
            s[x] = s[x] + in[entering + x] - in[leaving + x];
        }
    }

    static void subtract(float[] s, float[] in, int from, int n) {
        int x = Luminance.VECTORS ? Lanes.subtract(s, in, from, n) : 0;
        for (; x < n; x++) {
            s[x] -= in[from + x];
        }
    }
}
