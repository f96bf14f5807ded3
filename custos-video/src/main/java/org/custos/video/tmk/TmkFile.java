package org.custos.video.tmk;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/*
 * The .tmk feature-vector file of Meta's TMK (tmk/cpp/io/tmkiotypes.h, algo/tmkfv.cpp), all little-endian:
 *   header, 32 bytes: "TMK1" "FVEC" "PDQF", then int32 framesPerSecond, numPeriods P, numFourierCoefficients C,
 *                     frameFeatureDimension D (256 for PDQF), frameFeatureCount;
 *   int32 periods[P], float32 coefficients[C], float32 average[D],
 *   float32 cos[P][C][D], then float32 sin[P][C][D].
 * With Meta's parameters (P = 4 periods 2731, 4391, 9767, 14653; C = 32 coefficients) a file is 263,344 bytes.
 * Reading checks every count against the file's length before allocating, and every float for finiteness, so a
 * hostile header cannot make the reader allocate gigabytes.
 */
public final class TmkFile {
    static final int HEADER_BYTES = 32;
    private static final int MAX_PERIODS = 64;
    private static final int MAX_COEFFICIENTS = 256;

    private TmkFile() {
    }

    public static TmkFeatures read(Path file) {
        try {
            long size = Files.size(file);
            if (size > expectedSize(MAX_PERIODS, MAX_COEFFICIENTS)) {
                throw new TmkFormatException("file", size, "the file is larger than any TMK+PDQF hash");
            }
            return read(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new TmkFormatException("file", 0, "cannot read " + file.getFileName() + ": " + e.getMessage());
        }
    }

    public static TmkFeatures read(byte[] bytes) {
        return new TmkReader(ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN)).read();
    }

    /** A {@code .tmk} file carried as text (Base64 of its bytes), as a list keeps a foreign signal verbatim. */
    public static TmkFeatures readBase64(String base64) {
        int longest = 4 * ((expectedSize(MAX_PERIODS, MAX_COEFFICIENTS) + 2) / 3);
        if (base64.length() > longest) {
            throw new TmkFormatException("base64", 0, "the text is longer than any TMK+PDQF hash");
        }
        try {
            return read(java.util.Base64.getDecoder().decode(base64.replaceAll("\\s", "")));
        } catch (IllegalArgumentException e) {
            throw new TmkFormatException("base64", 0, "not Base64: " + e.getMessage());
        }
    }

    public static String toBase64(TmkFeatures tmk) {
        return java.util.Base64.getEncoder().encodeToString(write(tmk));
    }

    public static byte[] write(TmkFeatures tmk) {
        int p = tmk.periods.length;
        int c = tmk.coefficients.length;
        ByteBuffer out = ByteBuffer.allocate(expectedSize(p, c)).order(ByteOrder.LITTLE_ENDIAN);
        out.put(magic("TMK1")).put(magic("FVEC")).put(magic("PDQF"));
        out.putInt(tmk.framesPerSecond).putInt(p).putInt(c).putInt(TmkFeatures.PDQF_DIMENSION)
                .putInt(tmk.frameCount);
        out.asIntBuffer().put(tmk.periods);
        out.position(out.position() + 4 * p);
        putFloats(out, tmk.coefficients);
        putFloats(out, tmk.average);
        for (float[][][] features : new float[][][][] {tmk.cos, tmk.sin}) {
            for (float[][] byPeriod : features) {
                for (float[] feature : byPeriod) {
                    putFloats(out, feature);
                }
            }
        }
        return out.array();
    }

    static int expectedSize(int periods, int coefficients) {
        int d = TmkFeatures.PDQF_DIMENSION;
        return HEADER_BYTES + 4 * periods + 4 * coefficients + 4 * d + 2 * 4 * periods * coefficients * d;
    }

    static byte[] magic(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static void putFloats(ByteBuffer out, float[] values) {
        out.asFloatBuffer().put(values);
        out.position(out.position() + 4 * values.length);
    }
}
