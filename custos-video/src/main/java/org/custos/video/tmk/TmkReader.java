package org.custos.video.tmk;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** Parses one {@code .tmk} buffer, validating as it goes; see {@link TmkFile} for the layout. */
final class TmkReader {
    private final ByteBuffer in;

    TmkReader(ByteBuffer in) {
        this.in = in;
    }

    TmkFeatures read() {
        require(TmkFile.HEADER_BYTES, "header");
        expectMagic("project magic", "TMK1");
        expectMagic("file type magic", "FVEC");
        expectMagic("frame feature algorithm", "PDQF");
        int fps = positive("framesPerSecond", in.getInt());
        int p = bounded("numPeriods", in.getInt(), 64);
        int c = bounded("numFourierCoefficients", in.getInt(), 256);
        int d = in.getInt();
        if (d != TmkFeatures.PDQF_DIMENSION) {
            throw new TmkFormatException("frameFeatureDimension", in.position() - 4L, "PDQF features have 256 "
                    + "floats, the header says " + d);
        }
        int frames = bounded("frameFeatureCount", in.getInt(), Integer.MAX_VALUE);
        int expected = TmkFile.expectedSize(p, c);
        if (in.limit() != expected) {
            throw new TmkFormatException("file", in.limit(), "a hash with " + p + " periods and " + c
                    + " coefficients is " + expected + " bytes, the file has " + in.limit());
        }
        int[] periods = periods(p);
        float[] coefficients = floats("fourierCoefficients", c);
        float[] average = floats("pureAverageFeature", d);
        float[][][] cos = features("cosFeatures", p, c);
        float[][][] sin = features("sinFeatures", p, c);
        return new TmkFeatures(fps, frames, periods, coefficients, average, cos, sin);
    }

    private void require(int bytes, String field) {
        if (in.remaining() < bytes) {
            throw new TmkFormatException(field, in.position(), "needs " + bytes + " bytes, " + in.remaining()
                    + " remain");
        }
    }

    private void expectMagic(String field, String magic) {
        byte[] found = new byte[4];
        in.get(found);
        String text = new String(found, StandardCharsets.ISO_8859_1);
        if (!text.equals(magic)) {
            throw new TmkFormatException(field, in.position() - 4L, "expected '" + magic + "', found '"
                    + text.replaceAll("[^\\x20-\\x7e]", "?") + "'");
        }
    }

    private int positive(String field, int value) {
        if (value <= 0) {
            throw new TmkFormatException(field, in.position() - 4L, "must be positive, was " + value);
        }
        return value;
    }

    private int bounded(String field, int value, int max) {
        if (value < 0 || value > max) {
            throw new TmkFormatException(field, in.position() - 4L, "must be between 0 and " + max + ", was "
                    + value);
        }
        return value;
    }

    private int[] periods(int count) {
        int[] periods = new int[count];
        for (int i = 0; i < count; i++) {
            periods[i] = positive("periods[" + i + "]", in.getInt());
        }
        return periods;
    }

    private float[] floats(String field, int count) {
        float[] values = new float[count];
        for (int i = 0; i < count; i++) {
            values[i] = in.getFloat();
            if (!Float.isFinite(values[i])) {
                throw new TmkFormatException(field + "[" + i + "]", in.position() - 4L, "not a finite number: "
                        + values[i]);
            }
        }
        return values;
    }

    private float[][][] features(String field, int p, int c) {
        float[][][] features = new float[p][c][];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < c; j++) {
                features[i][j] = floats(field + "[" + i + "][" + j + "]", TmkFeatures.PDQF_DIMENSION);
            }
        }
        return features;
    }
}
