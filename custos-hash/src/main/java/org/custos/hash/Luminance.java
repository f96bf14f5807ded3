package org.custos.hash;

/**
 * Luminance of 8-bit pixels as PDQ defines it: {@code 0.299·R + 0.587·G + 0.114·B} in float32, evaluated left to
 * right exactly as Meta's reference does, so that the floats (and hence the hash bits) agree. A grey sample is
 * taken as the luminance itself. Grey, 3- and 4-byte pixels go through LumaVectors where the Vector API module
 * is present.
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
        for (int y = 0; y < count; y++) {
            fillRow(p, first + y, 0, p.width(), out, y * p.width());
        }
    }

    /** Fills the {@code n} pixels from column {@code from} of row {@code y} into {@code out[o...]}. */
    static void fillRow(Pixels p, int y, int from, int n, float[] out, int o) {
        byte[] s = p.samples();
        PixelFormat f = p.format();
        int step = f.bytesPerPixel();
        int in = p.offset() + y * p.rowStride() + from * step;
        if (f == PixelFormat.GREY) {
            for (int x = VECTORS ? LumaVectors.fillGrey(s, in, out, o, n) : 0; x < n; x++) {
                out[o + x] = s[in + x] & 0xff;
            }
            return;
        }
        int r = f.red();
        int g = f.green();
        int b = f.blue();
        int done = !VECTORS ? 0 : step == 3 ? LumaVectors.fillRow(s, in, out, o, n, r, g, b)
                : LumaVectors.fillRow4(s, in, out, o, n, r, g, b);
        in += done * step;
        for (int x = done; x < n; x++, in += step) {
            out[o + x] = FROM_RED * (s[in + r] & 0xff) + FROM_GREEN * (s[in + g] & 0xff)
                    + FROM_BLUE * (s[in + b] & 0xff);
        }
    }
}
