package org.custos.video.tmk;

import java.util.Arrays;
import org.custos.InvalidValueException;

/*
 * The two TMK scores of Meta's tmkfv.cpp (Poullot et al., "Temporal Matching Kernel with Explicit Feature Maps",
 * ACM MM 2015), computed anew:
 *   level 1 = cosine similarity of the two pure-average features, in [-1, 1]; cheap, a pre-filter;
 *   level 2 = max over periods T of max over offsets δ = 2πk/T (k = 0..T-1) of
 *             K(δ) = cc[0] + Σ_{j≥1} cos(jδ)·(cc[j] + ss[j]) + sin(jδ)·(sc[j] − cs[j]),
 *             divided by c0 + 2·Σ_{j≥1} c_j, where cc[j] = <cosA_j, cosB_j>, ss, sc, cs likewise per period.
 *             K(δ) is the kernel response when B is shifted by δ modulo T: the best temporal alignment.
 * Meta's suggested thresholds are 0.7 for both; two hashes are compared only when their parameters agree.
 * cos(jδ), sin(jδ) follow from the angle-addition recurrence, in double.
 */
public final class TmkScores {
    /** Meta's suggested threshold for both levels. */
    public static final double DEFAULT_THRESHOLD = 0.7;

    private TmkScores() {
    }

    public static double level1(TmkFeatures a, TmkFeatures b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int k = 0; k < a.average.length; k++) {
            dot += (double) a.average[k] * b.average[k];
            na += (double) a.average[k] * a.average[k];
            nb += (double) b.average[k] * b.average[k];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    public static double level2(TmkFeatures a, TmkFeatures b) {
        requireCompatible(a, b);
        double best = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < a.periods.length; i++) {
            best = Math.max(best, bestOffsetResponse(a, b, i));
        }
        return a.periods.length == 0 ? 0 : best / normalizer(a.coefficients);
    }

    /** Both levels at or above their thresholds; level 2 is computed only when level 1 passes. */
    public static boolean matches(TmkFeatures a, TmkFeatures b, double level1Threshold, double level2Threshold) {
        return level1(a, b) >= level1Threshold && level2(a, b) >= level2Threshold;
    }

    private static double bestOffsetResponse(TmkFeatures a, TmkFeatures b, int i) {
        int c = a.coefficients.length;
        double[] even = new double[c];
        double[] odd = new double[c];
        for (int j = 0; j < c; j++) {
            even[j] = dot(a.cos[i][j], b.cos[i][j]) + (j == 0 ? 0 : dot(a.sin[i][j], b.sin[i][j]));
            odd[j] = dot(a.sin[i][j], b.cos[i][j]) - dot(a.cos[i][j], b.sin[i][j]);
        }
        int period = a.periods[i];
        double best = Double.NEGATIVE_INFINITY;
        for (int offset = 0; offset < period; offset++) {
            best = Math.max(best, response(even, odd, 2 * Math.PI * offset / period));
        }
        return best;
    }

    private static double response(double[] even, double[] odd, double delta) {
        double cosD = Math.cos(delta);
        double sinD = Math.sin(delta);
        double cosJ = 1;
        double sinJ = 0;
        double k = even.length == 0 ? 0 : even[0];
        for (int j = 1; j < even.length; j++) {
            double nextCos = cosJ * cosD - sinJ * sinD;
            sinJ = sinJ * cosD + cosJ * sinD;
            cosJ = nextCos;
            k += cosJ * even[j] + sinJ * odd[j];
        }
        return k;
    }

    private static double normalizer(float[] coefficients) {
        double sum = coefficients.length == 0 ? 1 : coefficients[0];
        for (int j = 1; j < coefficients.length; j++) {
            sum += 2.0 * coefficients[j];
        }
        return sum;
    }

    private static double dot(float[] x, float[] y) {
        double sum = 0;
        for (int k = 0; k < x.length; k++) {
            sum += (double) x[k] * y[k];
        }
        return sum;
    }

    static void requireCompatible(TmkFeatures a, TmkFeatures b) {
        if (a.framesPerSecond != b.framesPerSecond || !Arrays.equals(a.periods, b.periods)
                || !sameCoefficients(a.coefficients, b.coefficients)) {
            throw new InvalidValueException("TMK hashes made with different parameters cannot be compared: " + a
                    + " and " + b);
        }
    }

    private static boolean sameCoefficients(float[] x, float[] y) {
        if (x.length != y.length) {
            return false;
        }
        for (int j = 0; j < x.length; j++) {
            float m = Math.max(Math.abs(x[j]), Math.abs(y[j]));
            if (m > 0 && Math.abs((x[j] - y[j]) / m) > 1e-6f) {
                return false;
            }
        }
        return true;
    }
}
