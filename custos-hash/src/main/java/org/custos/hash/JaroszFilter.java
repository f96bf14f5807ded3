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
        firstColumns.start(cols, alongCols);
        for (int r = 0; r < rows; r += blockAt(r, rows)) {
            int n = blockAt(r, rows);
            int slot = r % ringRows * cols;
            if (lanes != null && LumaTiles.applies(pixels)) {
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
            firstColumns.drain(ring, leaving % ringRows * cols, filtered, pending * cols);
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
        int leaving = leaves ? (row - window) % ringRows * cols : 0;
        if (firstColumns.push(ring, row % ringRows * cols, leaving, filtered, pending * cols) && ++pending == BLOCK) {
            secondRows();
        }
    }

    /** Row pass 2 over the pending output rows of column pass 1, keeping the 64 decimation columns. */
    private void secondRows() {
        if (lanes != null) {
            if (pending > 0) {
                lanes.sampled(filtered, columns, kept, keptRows * 64);
            }
            keptRows += pending;
            pending = 0;
            return;
        }
        BoxRows.sums(filtered, 0, rowSums, 0, cols, alongRows, pending);
        for (int k = 0; k < pending; k++, keptRows++) {
            for (int j = 0; j < 64; j++) {
                int c = columns[j];
                kept[keptRows * 64 + j] = rowSums[k * cols + c] / BoxRows.countAt(c, cols, alongRows);
            }
        }
        pending = 0;
    }

    private void secondColumns(int rows, int window, float[] grid) {
        secondColumns.start(64, window);
        int out = 0;
        for (int r = 0; r < rows; r++) {
            int leaving = secondColumns.needsLeaving() ? (r - window) * 64 : 0;
            if (secondColumns.push(kept, r * 64, leaving, keptFiltered, out * 64)) {
                out++;
            }
        }
        for (int leaving = rows - window; out < rows; out++, leaving++) {
            secondColumns.drain(kept, leaving * 64, keptFiltered, out * 64);
        }
        int[] rowCentres = centres(rows);
        for (int i = 0; i < 64; i++) {
            System.arraycopy(keptFiltered, rowCentres[i] * 64, grid, i * 64, 64);
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

    private void prepare(int rows, int width, int alongCols) {
        cols = width;
        alongRows = windowFor(width);
        ringRows = (alongCols + 2 * BLOCK) / BLOCK * BLOCK;
        columns = centres(width);
        lanes = Luminance.VECTORS ? LaneRows.reusing(lanes, width, alongRows) : null;
        pending = 0;
        keptRows = 0;
        luma = atLeast(luma, BLOCK * cols);
        ring = atLeast(ring, ringRows * cols);
        filtered = atLeast(filtered, BLOCK * cols);
        rowSums = lanes != null ? rowSums : atLeast(rowSums, BLOCK * cols);
        kept = atLeast(kept, (rows + BLOCK) * 64);
        keptFiltered = atLeast(keptFiltered, rows * 64);
    }

    private static float[] atLeast(float[] buffer, int size) {
        return buffer.length >= size ? buffer : new float[size];
    }
}
