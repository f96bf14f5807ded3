package org.custos.hash;

import java.awt.image.Raster;

/*
 * libjpeg's YCbCr -> RGB conversion (jdcolor.c, ycc_rgb_convert), in its fixed-point form with 16 fraction bits:
 * R = Y + round(1.402·(Cr-128)), B = Y + round(1.772·(Cb-128)),
 * G = Y + ((-0.34414·(Cb-128) + 0.5 - 0.71414·(Cr-128)) >> 16), each clamped to 0..255, with the constants rounded
 * to 16-bit fixed point as FIX(x) = (int)(x·65536 + 0.5). libjpeg 6b and libjpeg-turbo give exactly these values.
 * Used for the JPEGs whose colour profile the JDK's reader would otherwise apply: their raw raster converted here
 * equals what libjpeg hands to Meta's reference.
 */
final class YccToRgb {
    private static final int[] CR_R = new int[256];
    private static final int[] CB_B = new int[256];
    private static final int[] CR_G = new int[256];
    private static final int[] CB_G = new int[256];

    static {
        for (int i = 0; i < 256; i++) {
            int x = i - 128;
            CR_R[i] = (fix(1.40200) * x + (1 << 15)) >> 16;
            CB_B[i] = (fix(1.77200) * x + (1 << 15)) >> 16;
            CR_G[i] = -fix(0.71414) * x;
            CB_G[i] = -fix(0.34414) * x + (1 << 15);
        }
    }

    private YccToRgb() {
    }

    private static int fix(double x) {
        return (int) (x * 65536 + 0.5);
    }

    /** RGB pixels from a 3-band raster of Y, Cb, Cr samples (or of R, G, B when {@code alreadyRgb}). */
    static Pixels convert(Raster raster, boolean alreadyRgb) {
        int w = raster.getWidth();
        int h = raster.getHeight();
        byte[] out = new byte[Math.multiplyExact(3 * w, h)];
        int[] row = new int[3 * w];
        for (int y = 0, o = 0; y < h; y++) {
            raster.getPixels(raster.getMinX(), raster.getMinY() + y, w, 1, row);
            for (int x = 0; x < 3 * w; x += 3) {
                int luma = row[x];
                int cb = row[x + 1];
                int cr = row[x + 2];
                out[o++] = (byte) (alreadyRgb ? luma : clamp(luma + CR_R[cr]));
                out[o++] = (byte) (alreadyRgb ? cb : clamp(luma + ((CB_G[cb] + CR_G[cr]) >> 16)));
                out[o++] = (byte) (alreadyRgb ? cr : clamp(luma + CB_B[cb]));
            }
        }
        return Pixels.packed(out, w, h, PixelFormat.RGB);
    }

    private static int clamp(int v) {
        return v < 0 ? 0 : Math.min(v, 255);
    }
}
