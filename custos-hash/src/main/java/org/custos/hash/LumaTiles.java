package org.custos.hash;

import java.util.Arrays;

/*
 * Luminance of pixels made straight into LaneRows' tile (tile[c·16 + k] = column c of row k), skipping a row-major
 * luminance buffer: each 16x16 block is computed row by row into a small scratch (Luminance, by LumaVectors for
 * every pixel format) and moved by one register transpose (Transpose16). Rows past the image's end, in the last
 * block, are zero or repeat the last row, and the last tile's columns past the width hold whatever the scratch held
 * or the bytes after the row gave: their lanes and columns are never read into a result. Only with 16 float lanes
 * (Tiles.SIDE 16).
 */
final class LumaTiles {
    static final int SIDE = 16;

    private LumaTiles() {
    }

    static boolean applies() {
        return Tiles.SIDE == SIDE;
    }

    /**
     * Fills the tile's columns {@code c .. c+15} with the luminance of rows {@code first .. first+n-1} of {@code p}
     * by one transpose, those past the width with values never read; returns the next column. Uses {@code scratch}.
     */
    static int fill(Pixels p, int first, int n, int c, float[] tile, float[] scratch) {
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
        Transpose16.transpose(scratch, 0, tile, c * SIDE);
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

    /** Up to sixteen pixels of one row from column {@code c}, as many as the width has, into {@code out[o...]}. */
    private static void block(Pixels p, int row, int c, float[] out, int o) {
        Luminance.fillRow(p, row, c, Math.min(SIDE, p.width() - c), out, o);
    }
}
