package org.custos.hash;

import java.util.Arrays;

/**
 * PDQ written the plain way, as the published algorithm reads (full-size buffers, one box pass at a time, float
 * division), used as the oracle for the streamed, vectorised {@link PdqHasher} on images of every shape.
 */
final class StraightPdq {
    private StraightPdq() {
    }

    static PdqResult hash(Pixels p) {
        int rows = p.height();
        int cols = p.width();
        if (rows < 5 || cols < 5) {
            return new PdqResult(PdqHash.ZERO, 0);
        }
        float[] a = new float[rows * cols];
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < cols; x++) {
                a[y * cols + x] = luma(p, x, y);
            }
        }
        float[] grid = new float[64 * 64];
        if (rows == 64 && cols == 64) {
            grid = a;
        } else {
            float[] b = new float[rows * cols];
            int wr = (cols + 127) / 128;
            int wc = (rows + 127) / 128;
            for (int pass = 0; pass < 2; pass++) {
                for (int y = 0; y < rows; y++) {
                    box(a, y * cols, b, cols, 1, wr);
                }
                for (int x = 0; x < cols; x++) {
                    box(b, x, a, rows, cols, wc);
                }
            }
            for (int i = 0; i < 64; i++) {
                for (int j = 0; j < 64; j++) {
                    grid[i * 64 + j] = a[(int) ((i + 0.5) * rows / 64) * cols + (int) ((j + 0.5) * cols / 64)];
                }
            }
        }
        return new PdqResult(bits(dct(grid)), PdqHasher.quality(grid));
    }

    private static float luma(Pixels p, int x, int y) {
        int at = p.offset() + y * p.rowStride() + x * p.format().bytesPerPixel();
        byte[] s = p.samples();
        PixelFormat f = p.format();
        if (f == PixelFormat.GREY) {
            return s[at] & 0xff;
        }
        return 0.299f * (s[at + f.red()] & 0xff) + 0.587f * (s[at + f.green()] & 0xff)
                + 0.114f * (s[at + f.blue()] & 0xff);
    }

    private static void box(float[] in, int start, float[] out, int n, int stride, int window) {
        int half = (window + 2) / 2;
        float sum = 0;
        int count = 0;
        int ri = start;
        int li = start;
        int oi = start;
        for (int i = 0; i < half - 1; i++, ri += stride) {
            sum += in[ri];
            count++;
        }
        for (int i = 0; i < window - half + 1; i++, ri += stride, oi += stride) {
            sum += in[ri];
            count++;
            out[oi] = sum / count;
        }
        for (int i = 0; i < n - window; i++, ri += stride, li += stride, oi += stride) {
            sum += in[ri];
            sum -= in[li];
            out[oi] = sum / count;
        }
        for (int i = 0; i < half - 1; i++, li += stride, oi += stride) {
            sum -= in[li];
            count--;
            out[oi] = sum / count;
        }
    }

    private static float[] dct(float[] a) {
        float[] d = new float[16 * 64];
        float scale = (float) Math.sqrt(2.0 / 64.0);
        for (int i = 0; i < 16; i++) {
            for (int k = 0; k < 64; k++) {
                d[i * 64 + k] = (float) (scale * Math.cos(Math.PI / 2 / 64.0 * (i + 1) * (2 * k + 1)));
            }
        }
        float[] t = new float[16 * 64];
        for (int i = 0; i < 16; i++) {
            for (int j = 0; j < 64; j++) {
                float s = 0;
                for (int k = 0; k < 64; k++) {
                    s += d[i * 64 + k] * a[k * 64 + j];
                }
                t[i * 64 + j] = s;
            }
        }
        float[] b = new float[256];
        for (int i = 0; i < 16; i++) {
            for (int j = 0; j < 16; j++) {
                float s = 0;
                for (int k = 0; k < 64; k++) {
                    s += t[i * 64 + k] * d[j * 64 + k];
                }
                b[i * 16 + j] = s;
            }
        }
        return b;
    }

    private static PdqHash bits(float[] b) {
        float[] sorted = b.clone();
        Arrays.sort(sorted);
        long[] w = new long[4];
        for (int k = 0; k < 256; k++) {
            if (b[k] > sorted[127]) {
                w[3 - k / 64] |= 1L << (k % 64);
            }
        }
        return PdqHash.fromWords(w);
    }
}
