package org.custos.video.tmk;

import java.util.Arrays;
import org.custos.Preconditions;

/**
 * A TMK+PDQF video hash (Meta's Temporal Match Kernel over PDQ float frame features): the frame rate the video
 * was resampled to, the number of frames it had, the TMK periods P and Fourier coefficients C, the average of all
 * frame features (D = 256 floats), and the cosine and sine features, P x C x D floats each. Immutable: the arrays
 * are copied in and never handed out.
 */
public final class TmkFeatures {
    public static final int PDQF_DIMENSION = 256;

    final int framesPerSecond;
    final int frameCount;
    final int[] periods;
    final float[] coefficients;
    final float[] average;
    final float[][][] cos;
    final float[][][] sin;

    public TmkFeatures(int framesPerSecond, int frameCount, int[] periods, float[] coefficients, float[] average,
                       float[][][] cos, float[][][] sin) {
        Preconditions.check(framesPerSecond > 0, "framesPerSecond must be positive, was %d", framesPerSecond);
        Preconditions.check(frameCount >= 0, "frameCount must not be negative, was %d", frameCount);
        Preconditions.check(average.length == PDQF_DIMENSION, "the average feature has %d floats, not %d",
                average.length, PDQF_DIMENSION);
        checkShape("cos", cos, periods.length, coefficients.length);
        checkShape("sin", sin, periods.length, coefficients.length);
        this.framesPerSecond = framesPerSecond;
        this.frameCount = frameCount;
        this.periods = periods.clone();
        this.coefficients = coefficients.clone();
        this.average = average.clone();
        this.cos = deepCopy(cos);
        this.sin = deepCopy(sin);
    }

    public int framesPerSecond() {
        return framesPerSecond;
    }

    public int frameCount() {
        return frameCount;
    }

    public int[] periods() {
        return periods.clone();
    }

    public float[] coefficients() {
        return coefficients.clone();
    }

    public float[] average() {
        return average.clone();
    }

    private static void checkShape(String name, float[][][] features, int p, int c) {
        Preconditions.check(features.length == p, "%s features have %d periods, not %d", name, features.length, p);
        for (float[][] byPeriod : features) {
            Preconditions.check(byPeriod.length == c, "%s features have %d coefficients, not %d", name,
                    byPeriod.length, c);
            for (float[] feature : byPeriod) {
                Preconditions.check(feature.length == PDQF_DIMENSION, "a %s feature has %d floats, not %d", name,
                        feature.length, PDQF_DIMENSION);
            }
        }
    }

    private static float[][][] deepCopy(float[][][] in) {
        return Arrays.stream(in).map(p -> Arrays.stream(p).map(float[]::clone).toArray(float[][]::new))
                .toArray(float[][][]::new);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TmkFeatures t && framesPerSecond == t.framesPerSecond && frameCount == t.frameCount
                && Arrays.equals(periods, t.periods) && Arrays.equals(coefficients, t.coefficients)
                && Arrays.equals(average, t.average) && Arrays.deepEquals(cos, t.cos)
                && Arrays.deepEquals(sin, t.sin);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(average) + frameCount;
    }

    @Override
    public String toString() {
        return "TmkFeatures[fps=" + framesPerSecond + ", frames=" + frameCount + ", periods="
                + Arrays.toString(periods) + ", coefficients=" + coefficients.length + "]";
    }
}
