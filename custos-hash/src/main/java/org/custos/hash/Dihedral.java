package org.custos.hash;

/*
 * The eight symmetries of the square, applied to the 16x16 DCT instead of the pixels (Meta's pdqhashing.cpp,
 * "dihedral" variants). Mirroring an axis maps the DCT-II basis cos(π(2x+1)u/128) to (-1)^u times itself, so it
 * negates the coefficients of odd frequency u = index+1 (even indices) along that axis; a transpose swaps the
 * axes. Meta's names: FLIPX mirrors top to bottom (about the x axis), FLIPY left to right. Each variant is
 * thresholded at its own median, so a variant's hash is not a bit permutation of another.
 */
public enum Dihedral {
    ORIGINAL(false, false, false),
    ROTATE90(true, false, true),
    ROTATE180(false, true, true),
    ROTATE270(true, true, false),
    FLIPX(false, true, false),
    FLIPY(false, false, true),
    FLIPPLUS1(true, false, false),
    FLIPMINUS1(true, true, true);

    private final boolean transpose;
    private final boolean negateEvenRows;
    private final boolean negateEvenColumns;

    Dihedral(boolean transpose, boolean negateEvenRows, boolean negateEvenColumns) {
        this.transpose = transpose;
        this.negateEvenRows = negateEvenRows;
        this.negateEvenColumns = negateEvenColumns;
    }

    /** Writes this variant of the 16x16 DCT {@code dct} into {@code out}. */
    void apply(float[] dct, float[] out) {
        for (int i = 0; i < 16; i++) {
            for (int j = 0; j < 16; j++) {
                boolean negate = (negateEvenRows && (i & 1) == 0) ^ (negateEvenColumns && (j & 1) == 0);
                float v = negate ? -dct[i * 16 + j] : dct[i * 16 + j];
                out[transpose ? j * 16 + i : i * 16 + j] = v;
            }
        }
    }
}
