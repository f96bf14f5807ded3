package org.custos.index;

import java.lang.foreign.MemorySegment;
import java.nio.ByteOrder;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;
import org.custos.hash.PdqHash;

/**
 * The scan's inner loop on the Vector API: one vector holds the first halves (w0, w1) of several rows; XOR
 * with the query, count bits per lane, add each lane to its pair partner, and compare with the radius, so a
 * whole vector of rows is rejected with one test. Survivors go to the scalar check of the full 256 bits. At
 * large radii both halves are counted in the loop, since the first one alone hardly filters there.
 */
final class VectorScan {
    private static final VectorSpecies<Long> SPECIES = LongVector.SPECIES_PREFERRED;
    private static final int ROWS = SPECIES.length() / 2;
    private static final VectorShuffle<Long> PARTNER = VectorShuffle.fromOp(SPECIES, i -> i ^ 1);
    /**
     * From this radius on, the first 128 bits alone let too many rows through (at 64, half of uniform rows), so
     * both halves are counted in the vector loop.
     */
    static final int WIDE_FROM_RADIUS = 50;

    private VectorScan() {
    }

    /** Scans whole vectors from {@code from}; returns the first row left for the scalar loop. */
    static int scan(Rows rows, int from, int to, Tombstones deleted, PdqHash q, int radius, MatchSink out) {
        if (ROWS < 1) {
            return from;
        }
        long[] pattern = new long[SPECIES.length()];
        for (int i = 0; i < pattern.length; i++) {
            pattern[i] = (i & 1) == 0 ? q.w0() : q.w1();
        }
        LongVector high = LongVector.fromArray(SPECIES, pattern, 0);
        for (int i = 0; i < pattern.length; i++) {
            pattern[i] = (i & 1) == 0 ? q.w2() : q.w3();
        }
        LongVector low = LongVector.fromArray(SPECIES, pattern, 0);
        boolean wide = radius >= WIDE_FROM_RADIUS;
        int row = from;
        for (; row + ROWS <= to; row += ROWS) {
            LongVector bits = distances(rows.high, row, high);
            if (wide) {
                bits = bits.add(distances(rows.low, row, low));
            }
            VectorMask<Long> near = bits.add(bits.rearrange(PARTNER)).compare(VectorOperators.LE, radius);
            if (near.anyTrue()) {
                for (int r = 0; r < ROWS; r++) {
                    if (near.laneIsSet(2 * r)) {
                        FlatScan.confirm(rows, row + r, deleted, q, radius, out);
                    }
                }
            }
        }
        return row;
    }

    private static LongVector distances(MemorySegment half, int row, LongVector query) {
        return LongVector.fromMemorySegment(SPECIES, half, row * Rows.HALF_BYTES, ByteOrder.LITTLE_ENDIAN)
                .lanewise(VectorOperators.XOR, query).lanewise(VectorOperators.BIT_COUNT);
    }
}
