package org.custos.hash;

/*
 * The Jarosz filter of PDQ (Meta, "The TMK+PDQF and PDQ hashing algorithms", 2019; reference pdqhashing.cpp)
 * and the decimation to 64x64 that follows it. Two passes of 1-D box filters (rows, then columns, twice)
 * approximate a tent blur. One box pass slides a window of `window` samples with a running float sum: it first
 * accumulates (window+2)/2 - 1 samples without writing, then writes averages over a growing window, then over the
 * full window (add the entering sample, then subtract the leaving one), then over a shrinking one at the far edge.
 * Each output is sum / count in float32. Windows are ceil(cols/128) along rows and ceil(rows/128) along columns.
 *
 * Bit-exactness rests on doing, for every row and every column, the same float operations in the same order as
 * the reference; only the interleaving across rows and columns differs here. The image streams through in blocks
 * of rows (one row per vector lane, 16 with AVX-512, in LaneRows; else eight scalar chains in BoxRows), so the
 * working set stays in cache and no full-size float copy of the image exists:
 *   luminance of a block -> row pass 1 (rows as lanes) -> a ring of the last window + one or two blocks of rows
 *   -> column pass 1 (ColumnPass, columns as lanes, one output row per input row) -> row pass 2 (rows as lanes),
 *   whose sums run along every whole row but are divided only at the 64 decimation columns -> column pass 2 on
 *   those 64 columns alone -> the 64 decimation rows.
 * What the 64x64 output depends on: every sum is a chain through all samples before it, so each pass must see every
 * value its predecessor makes along its own direction; only the last two steps can be narrowed (row pass 2's
 * divisions, and column pass 2 to the 64 sampled columns), which they are. The rest of the speed comes from lanes:
 * a row's chain cannot be split, but 16 rows' chains run side by side with the very same operations each.
 * With 16 lanes the rows between passes (ring, column pass output, kept columns) lie in 16x16 tiles (Tiles), so
 * that every transpose between rows and lanes moves one contiguous block with literal strides, whose range checks
 * the JIT merges (per-access checks with variable strides cost about 10 % of the hash), and the column passes run
 * tile by tile (ColumnTiles); elsewhere the same code sees natural rows.
 */
final class JaroszFilter {
    /** Rows per block: one per vector lane where the Vector API is present (LaneRows), else eight scalar chains. */
    private static final int BLOCK = Luminance.VECTORS ? LaneRows.LANES : 8;

    private final ColumnPass firstColumns = new ColumnPass();
    private final ColumnPass secondColumns = new ColumnPass();
    private float[] luma = new float[0];
    private float[] ring = new float[0];
    private float[] filtered = new float[0];
    private float[] rowSums = new float[0];
    private float[] kept = new float[0];
    private float[] keptFiltered = new float[0];
    private int ringRows;
    private int cols;
    private int padded;
    private int alongRows;
    private int pending;
    private int keptRows;
    private int[] columns;
    private LaneRows lanes;

    /** ceil(length / 128): the window that, applied twice, smooths for a 64-sample decimation. */
    static int windowFor(int length) {
        return (length + 2 * 64 - 1) / (2 * 64);
    }

    /** Sample positions of the decimation: (int)((i + 0.5) · length / 64), in double as the reference. */
    static int[] centres(int length) {
        int[] at = new int[64];
        for (int i = 0; i < 64; i++) {
            at[i] = (int) ((i + 0.5) * length / 64);
        }
        return at;
    }

    /** Blurs and decimates the luminance of {@code pixels} into the 64x64 {@code grid}. */
    void downsample(Pixels pixels, float[] grid) {
        int rows = pixels.height();
        int alongCols = windowFor(rows);
        prepare(rows, pixels.width(), alongCols);
        firstColumns.start(padded, alongCols, ring, filtered);
        for (int r = 0; r < rows; r += blockAt(r, rows)) {
            int n = blockAt(r, rows);
            int slot = Tiles.rowStart(r % ringRows, padded);
            // Recorded steps run before the ring's slot is overwritten: once a block (that measured faster than
            // runs of 16 steps with a ring one block larger, in one comparison).
            firstColumns.flush();
            if (LumaTiles.applies()) {
                lanes.averages(pixels, r, n, ring, slot);
            } else {
                Luminance.fillRows(pixels, r, n, luma);
                firstRows(n, slot);
            }
            for (int k = 0; k < n; k++) {
                pushFirst(r + k, alongCols);
            }
        }
        for (int i = 0, leaving = rows - alongCols; i < firstColumns.drainRows(); i++, leaving++) {
            firstColumns.drain(Tiles.rowStart(leaving % ringRows, padded), pendingStart());
            if (++pending == BLOCK) {
                secondRows();
            }
        }
        secondRows();
        secondColumns(rows, alongCols, grid);
    }

    /** Row pass 1 over {@code n} rows of luminance into the ring at {@code slot}. */
    private void firstRows(int n, int slot) {
        if (lanes != null) {
            lanes.averages(luma, ring, slot);
            return;
        }
        BoxRows.sums(luma, 0, ring, slot, cols, alongRows, n);
        for (int k = 0; k < n; k++) {
            BoxRows.divide(ring, slot + k * cols, cols, alongRows);
        }
    }

    private void pushFirst(int row, int window) {
        boolean leaves = firstColumns.needsLeaving();
        int leaving = leaves ? Tiles.rowStart((row - window) % ringRows, padded) : 0;
        int entering = Tiles.rowStart(row % ringRows, padded);
        if (firstColumns.push(entering, leaving, pendingStart()) && ++pending == BLOCK) {
            secondRows();
        }
    }

    /** Row pass 2 over the pending output rows of column pass 1, keeping the 64 decimation columns. */
    private void secondRows() {
        firstColumns.flush();
        if (lanes != null) {
            if (pending > 0) {
                lanes.sampled(filtered, columns, kept, Tiles.rowStart(keptRows, 64));
            }
            keptRows += pending;
            pending = 0;
            return;
        }
        BoxRows.sums(filtered, 0, rowSums, 0, cols, alongRows, pending);
        for (int k = 0; k < pending; k++, keptRows++) {
            for (int j = 0; j < 64; j++) {
                int c = columns[j];
                kept[Tiles.rowStart(keptRows, 64) + Tiles.column(j)] =
                        rowSums[k * cols + c] / BoxRows.countAt(c, cols, alongRows);
            }
        }
        pending = 0;
    }

    private void secondColumns(int rows, int window, float[] grid) {
        secondColumns.start(64, window, kept, keptFiltered);
        int out = 0;
        for (int r = 0; r < rows; r++) {
            int leaving = secondColumns.needsLeaving() ? Tiles.rowStart(r - window, 64) : 0;
            if (secondColumns.push(Tiles.rowStart(r, 64), leaving, Tiles.rowStart(out, 64))) {
                out++;
            }
        }
        for (int leaving = rows - window; out < rows; out++, leaving++) {
            secondColumns.drain(Tiles.rowStart(leaving, 64), Tiles.rowStart(out, 64));
        }
        secondColumns.flush();
        int[] rowCentres = centres(rows);
        for (int i = 0; i < 64; i++) {
            int from = Tiles.rowStart(rowCentres[i], 64);
            for (int j = 0; j < 64; j++) {
                grid[i * 64 + j] = keptFiltered[from + Tiles.column(j)];
            }
        }
    }

    /** Floats this filter holds between images: the ring and row blocks, and two columns of 64 per image row. */
    long workingFloats() {
        return (lanes == null ? 0 : lanes.workingFloats()) + (long) luma.length + ring.length + filtered.length
                + rowSums.length + kept.length + keptFiltered.length;
    }

    /**
     * Rows in the block from {@code r}: a full block, or else the rest in one block of fewer rows where lanes do the
     * work (the lanes past the image's end compute on stale rows and are never read), or else one row at a time.
     */
    private int blockAt(int r, int rows) {
        return rows - r >= BLOCK ? BLOCK : lanes != null ? rows - r : 1;
    }

    /** Where the next output row of column pass 1 goes in {@code filtered}. */
    private int pendingStart() {
        return Tiles.rowStart(pending, padded);
    }

    private void prepare(int rows, int width, int alongCols) {
        cols = width;
        padded = Tiles.padded(width);
        alongRows = windowFor(width);
        ringRows = (alongCols + 2 * BLOCK) / BLOCK * BLOCK;
        columns = centres(width);
        lanes = Luminance.VECTORS ? LaneRows.reusing(lanes, width, alongRows) : null;
        pending = 0;
        keptRows = 0;
        luma = LumaTiles.applies() ? luma : atLeast(luma, BLOCK * cols);
        ring = atLeast(ring, Tiles.floats(ringRows, cols));
        filtered = atLeast(filtered, Tiles.floats(BLOCK, cols));
        rowSums = lanes != null ? rowSums : atLeast(rowSums, BLOCK * cols);
        kept = atLeast(kept, Tiles.floats(rows + BLOCK, 64));
        keptFiltered = atLeast(keptFiltered, Tiles.floats(rows, 64));
    }

    private static float[] atLeast(float[] buffer, int size) {
        return buffer.length >= size ? buffer : new float[size];
    }
}
