package org.custos.index;

import java.util.concurrent.atomic.AtomicLongArray;

/** Removed rows of a segment, one bit each; set by writers, read by queries without locking. */
final class Tombstones {
    private final AtomicLongArray bits;

    Tombstones(int rows) {
        bits = new AtomicLongArray(Math.max(1, (rows + 63) >>> 6));
    }

    static Tombstones of(long[] words) {
        Tombstones t = new Tombstones(words.length * 64);
        for (int i = 0; i < words.length; i++) {
            t.bits.set(i, words[i]);
        }
        return t;
    }

    boolean contains(int row) {
        return (bits.get(row >>> 6) & 1L << row) != 0;
    }

    /** Marks a row; true if it was live. */
    boolean add(int row) {
        long mask = 1L << row;
        return (bits.getAndAccumulate(row >>> 6, mask, (old, m) -> old | m) & mask) == 0;
    }

    int count() {
        int n = 0;
        for (int i = 0; i < bits.length(); i++) {
            n += Long.bitCount(bits.get(i));
        }
        return n;
    }

    long[] words() {
        long[] out = new long[bits.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = bits.get(i);
        }
        return out;
    }
}
