package org.custos.hash;

/*
 * Running sums of PDQ's box filter along rows (see JaroszFilter for the four phases), eight rows at a time.
 * Along a row the sum is one chain of dependent float additions that must keep the reference's order, so a
 * single row runs at the latency of an addition; eight independent rows in one loop, each in its own local,
 * let the CPU overlap eight chains. The raw sums are written out and divided afterwards (divide), because
 * divisions in a scalar loop would cost more than the additions; a division pass over a row vectorises
 * (Division).
 */
final class BoxRows {
    private BoxRows() {
    }

    /**
     * Raw window sums of {@code count} consecutive rows, each {@code length} long, read from {@code in[from...]}
     * and written to {@code out[to...]}; eight rows go together, any other count row by row.
     */
    static void sums(float[] in, int from, float[] out, int to, int length, int window, int count) {
        if (count == 8) {
            sums8(in, from, out, to, length, window);
        } else {
            for (int r = 0; r < count; r++) {
                sums1(in, from + r * length, out, to + r * length, length, window);
            }
        }
    }

    /** Window size (divisor) of output {@code o}: growing at the start, full in the middle, shrinking at the end. */
    static int countAt(int o, int length, int window) {
        int half = (window + 2) / 2;
        int growing = window - half + 1;
        int shrinkFrom = length - half + 1;
        return o < growing ? half + o : o < shrinkFrom ? window : window - (o - shrinkFrom + 1);
    }

    /** Turns raw sums of one row into averages, exactly as sum / count in float. */
    static void divide(float[] row, int start, int length, int window) {
        int half = (window + 2) / 2;
        int growing = window - half + 1;
        int shrinkFrom = length - half + 1;
        for (int o = 0; o < growing; o++) {
            row[start + o] = row[start + o] / countAt(o, length, window);
        }
        Division.divide(row, start + growing, row, start + growing, shrinkFrom - growing, window);
        for (int o = shrinkFrom; o < length; o++) {
            row[start + o] = row[start + o] / countAt(o, length, window);
        }
    }

    private static void sums1(float[] in, int b, float[] out, int ob, int length, int window) {
        int half = (window + 2) / 2;
        int growing = window - half + 1;
        int full = length - window;
        float s = 0;
        for (int i = 0; i < half - 1; i++) {
            s += in[b + i];
        }
        for (int i = 0; i < growing; i++) {
            s += in[b + half - 1 + i];
            out[ob + i] = s;
        }
        for (int i = 0; i < full; i++) {
            s += in[b + window + i];
            s -= in[b + i];
            out[ob + growing + i] = s;
        }
        for (int i = 0; i < half - 1; i++) {
            s -= in[b + full + i];
            out[ob + growing + full + i] = s;
        }
    }

    private static void sums8(float[] in, int b0, float[] out, int c0, int n, int window) {
        int half = (window + 2) / 2;
        int growing = window - half + 1;
        int full = n - window;
        int b1 = b0 + n, b2 = b1 + n, b3 = b2 + n, b4 = b3 + n, b5 = b4 + n, b6 = b5 + n, b7 = b6 + n;
        int c1 = c0 + n, c2 = c1 + n, c3 = c2 + n, c4 = c3 + n, c5 = c4 + n, c6 = c5 + n, c7 = c6 + n;
        float s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
        for (int i = 0; i < half - 1; i++) {
            s0 += in[b0 + i]; s1 += in[b1 + i]; s2 += in[b2 + i]; s3 += in[b3 + i];
            s4 += in[b4 + i]; s5 += in[b5 + i]; s6 += in[b6 + i]; s7 += in[b7 + i];
        }
        for (int i = 0, r = half - 1; i < growing; i++, r++) {
            s0 += in[b0 + r]; s1 += in[b1 + r]; s2 += in[b2 + r]; s3 += in[b3 + r];
            s4 += in[b4 + r]; s5 += in[b5 + r]; s6 += in[b6 + r]; s7 += in[b7 + r];
            out[c0 + i] = s0; out[c1 + i] = s1; out[c2 + i] = s2; out[c3 + i] = s3;
            out[c4 + i] = s4; out[c5 + i] = s5; out[c6 + i] = s6; out[c7 + i] = s7;
        }
        for (int l = 0, r = window, o = growing; l < full; l++, r++, o++) {
            s0 += in[b0 + r]; s1 += in[b1 + r]; s2 += in[b2 + r]; s3 += in[b3 + r];
            s4 += in[b4 + r]; s5 += in[b5 + r]; s6 += in[b6 + r]; s7 += in[b7 + r];
            s0 -= in[b0 + l]; s1 -= in[b1 + l]; s2 -= in[b2 + l]; s3 -= in[b3 + l];
            s4 -= in[b4 + l]; s5 -= in[b5 + l]; s6 -= in[b6 + l]; s7 -= in[b7 + l];
            out[c0 + o] = s0; out[c1 + o] = s1; out[c2 + o] = s2; out[c3 + o] = s3;
            out[c4 + o] = s4; out[c5 + o] = s5; out[c6 + o] = s6; out[c7 + o] = s7;
        }
        for (int i = 0, l = full, o = growing + full; i < half - 1; i++, l++, o++) {
            s0 -= in[b0 + l]; s1 -= in[b1 + l]; s2 -= in[b2 + l]; s3 -= in[b3 + l];
            s4 -= in[b4 + l]; s5 -= in[b5 + l]; s6 -= in[b6 + l]; s7 -= in[b7 + l];
            out[c0 + o] = s0; out[c1 + o] = s1; out[c2 + o] = s2; out[c3 + o] = s3;
            out[c4 + o] = s4; out[c5 + o] = s5; out[c6 + o] = s6; out[c7 + o] = s7;
        }
    }
}
