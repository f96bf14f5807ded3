package org.custos.hash;

/*
 * PDQ's 64x64 -> 16x16 DCT-II, keeping frequencies 1..16 in each direction (the DC row and column are dropped):
 * D[i][k] = s · cos(π/128 · (i+1) · (2k+1)) in double, rounded to float, where the scale s = sqrt(2/64) is
 * itself first rounded to float (as the reference's constant is); out = D · A · Dᵀ, each sum accumulated
 * in float32 with k ascending, as the reference does (the order of additions decides the low bits). The loops
 * run j innermost so that the JIT vectorises across independent sums without reordering any of them.
 */
final class PdqDct {
    static final int N = 64;
    static final int M = 16;
    private static final float[] D = matrix();
    private static final float[] D_TRANSPOSED = transpose(D);

    private final float[] half = new float[M * N];

    private static float[] matrix() {
        float[] d = new float[M * N];
        double scale = (float) Math.sqrt(2.0 / 64.0);
        for (int i = 0; i < M; i++) {
            for (int k = 0; k < N; k++) {
                d[i * N + k] = (float) (scale * Math.cos(Math.PI / 2 / 64.0 * (i + 1) * (2 * k + 1)));
            }
        }
        return d;
    }

    private static float[] transpose(float[] d) {
        float[] t = new float[N * M];
        for (int i = 0; i < M; i++) {
            for (int k = 0; k < N; k++) {
                t[k * M + i] = d[i * N + k];
            }
        }
        return t;
    }

    /** {@code a} is 64x64 row-major, {@code out} receives 16x16 row-major. */
    void transform(float[] a, float[] out) {
        float[] t = half;
        java.util.Arrays.fill(t, 0f);
        for (int i = 0; i < M; i++) {
            for (int k = 0; k < N; k++) {
                float dik = D[i * N + k];
                int row = k * N;
                int ti = i * N;
                for (int j = 0; j < N; j++) {
                    t[ti + j] += dik * a[row + j];
                }
            }
        }
        java.util.Arrays.fill(out, 0, M * M, 0f);
        for (int i = 0; i < M; i++) {
            for (int k = 0; k < N; k++) {
                float tik = t[i * N + k];
                int row = k * M;
                int oi = i * M;
                for (int j = 0; j < M; j++) {
                    out[oi + j] += tik * D_TRANSPOSED[row + j];
                }
            }
        }
    }
}
