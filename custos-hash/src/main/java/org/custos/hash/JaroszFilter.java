package org.custos.hash;

/*
 * The Jarosz filter of PDQ (Meta, "The TMK+PDQF and PDQ hashing algorithms", 2019; reference pdqhashing.cpp):
 * repeated 1-D box filters approximate a tent/Gaussian blur before decimation to 64x64. One box pass slides a
 * window of `window` samples with a running float sum: it first accumulates (window+2)/2 - 1 samples without
 * writing, then writes averages over a growing window, then over the full window (add the entering sample, then
 * subtract the leaving one), then over a shrinking one at the far edge. Each output is sum / count in float32.
 *
 * Bit-exactness rests on doing, for every row and every column, the same float operations in the same order as
 * the reference. The column pass here walks the image row by row with one running sum per column (cache
 * friendly), which changes the interleaving across columns but not the sequence of operations within a column.
 */
final class JaroszFilter {
    private float[] sums = new float[0];

    /** ceil(length / 128): the window that, applied twice, smooths for a 64-sample decimation. */
    static int windowFor(int length) {
        return (length + 2 * 64 - 1) / (2 * 64);
    }

    /** Two passes of rows then columns; the result lands back in {@code image}, {@code scratch} is clobbered. */
    void filter(float[] image, float[] scratch, int rows, int cols) {
        int alongRows = windowFor(cols);
        int alongCols = windowFor(rows);
        for (int rep = 0; rep < 2; rep++) {
            for (int r = 0; r < rows; r++) {
                boxRow(image, scratch, r * cols, cols, alongRows);
            }
            boxColumns(scratch, image, rows, cols, alongCols);
        }
    }

    static void boxRow(float[] in, float[] out, int start, int length, int window) {
        int half = (window + 2) / 2;
        int ri = start;
        int li = start;
        int oi = start;
        int count = 0;
        float sum = 0;
        for (int i = 0; i < half - 1; i++, count++) {
            sum += in[ri++];
        }
        for (int i = 0; i < window - half + 1; i++) {
            sum += in[ri++];
            out[oi++] = sum / ++count;
        }
        for (int i = 0; i < length - window; i++) {
            sum += in[ri++];
            sum -= in[li++];
            out[oi++] = sum / count;
        }
        for (int i = 0; i < half - 1; i++) {
            sum -= in[li++];
            out[oi++] = sum / --count;
        }
    }

    private void boxColumns(float[] in, float[] out, int rows, int cols, int window) {
        if (sums.length < cols) {
            sums = new float[cols];
        }
        float[] s = sums;
        java.util.Arrays.fill(s, 0, cols, 0f);
        int half = (window + 2) / 2;
        int ri = 0;
        int li = 0;
        int oi = 0;
        int count = 0;
        for (int i = 0; i < half - 1; i++, count++, ri++) {
            add(s, in, ri * cols, cols);
        }
        for (int i = 0; i < window - half + 1; i++, ri++, oi++) {
            add(s, in, ri * cols, cols);
            divide(s, ++count, out, oi * cols, cols);
        }
        for (int i = 0; i < rows - window; i++, ri++, li++, oi++) {
            add(s, in, ri * cols, cols);
            subtract(s, in, li * cols, cols);
            divide(s, count, out, oi * cols, cols);
        }
        for (int i = 0; i < half - 1; i++, li++, oi++) {
            subtract(s, in, li * cols, cols);
            divide(s, --count, out, oi * cols, cols);
        }
    }

    private static void add(float[] s, float[] in, int from, int n) {
        for (int x = 0; x < n; x++) {
            s[x] += in[from + x];
        }
    }

    private static void subtract(float[] s, float[] in, int from, int n) {
        for (int x = 0; x < n; x++) {
            s[x] -= in[from + x];
        }
    }

    private static void divide(float[] s, int count, float[] out, int to, int n) {
        float c = count;
        for (int x = 0; x < n; x++) {
            out[to + x] = s[x] / c;
        }
    }
}
