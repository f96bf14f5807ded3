package org.custos.hash;

import java.util.Arrays;

/*
 * Luminance of 3-byte pixels made straight into LaneRows' tile (tile[c·16 + k] = column c of row k), skipping the
 * row-major luminance buffer: each 16x16 block is computed row by row into a small scratch (LumaVectors, the same
 * float operations as Luminance) and moved by one register transpose (Transpose16). Rows past the image's end, in
 * the last block, are zero or repeat the last row (their lanes are never read). Only with 16 float lanes.
 */
final class LumaTiles {
    static final int SIDE = 16;

    private LumaTiles() {
    }

    static boolean applies(Pixels p) {
        return LaneRows.LANES == SIDE && p.format().bytesPerPixel() == 3;
    }

    /**
     * Fills the tile's columns from {@code c} with the luminance of rows {@code first .. first+n-1} of {@code p}: 16
     * columns by one transpose, or the last few one by one; returns the next column to fill. Uses {@code scratch}.
     */
    static int fill(Pixels p, int first, int n, int c, float[] tile, float[] scratch) {
        int width = p.width();
        if (c + SIDE > width) {
            for (int x = c; x < width; x++) {
                for (int k = 0; k < SIDE; k++) {
                    tile[x * SIDE + k] = k < n ? at(p, first + k, x) : 0f;
                }
            }
            return width;
        }
        if (wholeRows(p, first + n - 1, c)) {
            rows16(p, first, n, c, scratch);
        } else {
            if (c == 0) {
                Arrays.fill(scratch, 0f);
            }
            for (int k = 0; k < n; k++) {
                block(p, first + k, c, scratch, k * SIDE);
            }
        }
        Transpose16.transpose(scratch, 0, SIDE, tile, c * SIDE, SIDE);
        return c + SIDE;
    }

    /**
     * Whether the 16 pixels from column {@code c} of every row up to {@code lastRow} can be read as one 64-byte
     * vector each (LumaVectors.row16): RGB or BGR order, 64-byte vectors, and 64 bytes readable in the last row.
     * That path costs one call per 16 rows instead of one per row, which took a quarter of the luminance's time.
     */
    private static boolean wholeRows(Pixels p, int lastRow, int c) {
        return LumaVectors.WIDE && (p.format() == PixelFormat.RGB || p.format() == PixelFormat.BGR)
                && p.offset() + (long) lastRow * p.rowStride() + 3L * c + 64 <= p.samples().length;
    }

    /** Sixteen pixels from column {@code c} of 16 rows into {@code out}, rows past the n-th repeating the last. */
    private static void rows16(Pixels p, int first, int n, int c, float[] out) {
        byte[] s = p.samples();
        int at = p.offset() + first * p.rowStride() + 3 * c;
        boolean bgr = p.format() == PixelFormat.BGR;
        for (int k = 0; k < SIDE; k++) {
            LumaVectors.row16(s, at + Math.min(k, n - 1) * p.rowStride(), bgr).intoArray(out, k * SIDE);
        }
    }

    /** Sixteen pixels of one row from column {@code c} into {@code out[o...]}. */
    private static void block(Pixels p, int row, int c, float[] out, int o) {
        PixelFormat f = p.format();
        int in = p.offset() + row * p.rowStride() + 3 * c;
        int done = LumaVectors.fillRow(p.samples(), in, out, o, SIDE, f.red(), f.green(), f.blue());
        for (int x = done; x < SIDE; x++) {
            out[o + x] = at(p, row, c + x);
        }
    }

    private static float at(Pixels p, int row, int c) {
        byte[] s = p.samples();
        int in = p.offset() + row * p.rowStride() + 3 * c;
        PixelFormat f = p.format();
        return Luminance.of(s[in + f.red()] & 0xff, s[in + f.green()] & 0xff, s[in + f.blue()] & 0xff);
    }
}
