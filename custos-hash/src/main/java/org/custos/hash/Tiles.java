package org.custos.hash;

/*
 * Where JaroszFilter keeps rows between its passes (the ring, the column pass's output, the 64-column rows kept for
 * the last column pass): in blocks of SIDE rows, each block as tiles of SIDE x SIDE floats, tile by tile, row by row
 * inside a tile, the width padded to a whole number of tiles. Row r, column c of rows `padded` wide is at
 *   (r / SIDE)·SIDE·padded + (c / SIDE)·SIDE² + (r % SIDE)·SIDE + c % SIDE.
 * With 16 float lanes (AVX-512) SIDE is 16, so every 16x16 register transpose (Transpose16) between a lane tile
 * and these rows moves one contiguous block of 256 floats with both strides the literal 16: the JIT then merges the
 * range checks of its 32 loads and stores into a handful, where variable strides cost a check and the address
 * arithmetic for each (measured: such checks took about 10 % of the hash). The column pass then runs tile by tile
 * (ColumnTiles), where a tile's rows lie together. Elsewhere (8 lanes, or no Vector API) SIDE is 1 and this is the
 * natural row-major layout. The padded columns carry values that are never read into a result.
 */
final class Tiles {
    /** 16 where LaneRows moves rows by 16x16 register transposes, else 1 (natural rows). */
    static final int SIDE = Luminance.VECTORS && LaneRows.LANES == 16 ? 16 : 1;

    private Tiles() {
    }

    /** Floats for {@code rows} rows of {@code width} columns. */
    static int floats(int rows, int width) {
        return rowStart((rows + SIDE - 1) / SIDE * SIDE, padded(width));
    }

    /** {@code width} rounded up to whole tiles. */
    static int padded(int width) {
        return (width + SIDE - 1) / SIDE * SIDE;
    }

    /** Where row {@code row} starts among rows {@code padded} wide: its column c is at that + column(c). */
    static int rowStart(int row, int padded) {
        return row / SIDE * SIDE * padded + row % SIDE * SIDE;
    }

    /** Offset of column {@code c} from its row's start: c·SIDE where c is a multiple of SIDE. */
    static int column(int c) {
        return c / SIDE * SIDE * SIDE + c % SIDE;
    }
}
