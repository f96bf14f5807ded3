package org.custos.hash;

/**
 * Luminance of 8-bit pixels as PDQ defines it: {@code 0.299·R + 0.587·G + 0.114·B} in float32, evaluated left to
 * right exactly as Meta's reference does, so that the floats (and hence the hash bits) agree. A grey sample is
 * taken as the luminance itself. 3-byte pixels go through LumaVectors where the Vector API module is present.
 */
final class Luminance {
    static final boolean VECTORS = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
    static final float FROM_RED = 0.299f;
    static final float FROM_GREEN = 0.587f;
    static final float FROM_BLUE = 0.114f;

    private Luminance() {
    }

    /** Fills {@code out[y·width + x]}. */
    static void fill(Pixels p, float[] out) {
        fillRows(p, 0, p.height(), out);
    }

    /** Fills rows {@code first .. first+count-1} into {@code out}, row {@code first} at index 0. */
    static void fillRows(Pixels p, int first, int count, float[] out) {
        if (p.format() == PixelFormat.GREY) {
            fillGrey(p, first, count, out);
        } else {
            fillColour(p, first, count, out);
        }
    }

    static float of(int r, int g, int b) {
        return FROM_RED * r + FROM_GREEN * g + FROM_BLUE * b;
    }

    /** The luminance of the pixel at row {@code y}, column {@code x}. */
    static float at(Pixels p, int y, int x) {
        byte[] s = p.samples();
        PixelFormat f = p.format();
        int in = p.offset() + y * p.rowStride() + x * f.bytesPerPixel();
        return f == PixelFormat.GREY ? s[in] & 0xff : of(s[in + f.red()] & 0xff, s[in + f.green()] & 0xff,
                s[in + f.blue()] & 0xff);
    }

    private static void fillGrey(Pixels p, int first, int count, float[] out) {
        byte[] s = p.samples();
        for (int y = 0; y < count; y++) {
            int in = p.offset() + (first + y) * p.rowStride();
            int o = y * p.width();
            for (int x = 0; x < p.width(); x++) {
                out[o + x] = s[in + x] & 0xff;
            }
        }
    }

    private static void fillColour(Pixels p, int first, int count, float[] out) {
        byte[] s = p.samples();
        PixelFormat f = p.format();
        int step = f.bytesPerPixel();
        int r = f.red();
        int g = f.green();
        int b = f.blue();
        boolean vectors = VECTORS && step == 3;
        for (int y = 0; y < count; y++) {
            int in = p.offset() + (first + y) * p.rowStride();
            int o = y * p.width();
            int done = vectors ? LumaVectors.fillRow(s, in, out, o, p.width(), r, g, b) : 0;
            in += done * step;
            for (int x = done; x < p.width(); x++, in += step) {
                out[o + x] = FROM_RED * (s[in + r] & 0xff) + FROM_GREEN * (s[in + g] & 0xff)
                        + FROM_BLUE * (s[in + b] & 0xff);
            }
        }
    }
}
