package org.custos.index;

import java.util.Arrays;
import java.util.List;
import org.custos.Preconditions;

/**
 * Exact lookups with one cache miss: an ordered linear-probing table keyed by the digest's first 64 bits.
 *
 * <p>Amble and Knuth, "Ordered hash tables" (The Computer Journal 17(2), 1974): in a linear-probing table whose
 * runs are kept in key order, a search stops at the first key not smaller than the one sought, so an unsuccessful
 * search costs about as much as a successful one, ½(1 + 1/(1 − α)) probes at load α (Knuth, TAOCP 3, §6.4). Digests
 * are uniform, so the home slot of a key k can be its rank in the table's range, floor(k·C / 2^64): a monotone
 * function of k. Then the ordered table is simply the sorted keys laid out left to right, each at
 * max(home, previous slot + 1), and the table needs no wrap-around: it ends after the last key placed.
 *
 * <p>Invariants: the keys of occupied slots ascend (unsigned); an empty slot holds the key of the next occupied
 * slot, whose home is beyond the empty slot. A search from home h therefore passes only keys smaller than its own,
 * stops at the first key that is larger (an empty slot's copy always is, since its home exceeds h), and finds every
 * row of its first word next to each other, in the order they were added. The keys sit alone in a dense array (8
 * bytes a slot, so the most of them stay cached and a probe of about three keys at load 0.8 reads one line); the
 * rest of each row (digest words 2.., entry id, list id, as longs) sits in a second array at the same slot, read
 * only on an equal first word. A miss thus costs one random read and a hit two, where a sorted array with a
 * directory needs two dependent reads for either and two more (id, list) for a hit.
 */
final class ProbingTable implements ExactTable {
    private static final int MAX_LONGS = Integer.MAX_VALUE - 8;

    private final long capacity;
    private final int words;
    private final int stride;
    private final long[] keys;
    private final long[] rows;

    private ProbingTable(long capacity, int words, long[] keys, long[] rows) {
        this.capacity = capacity;
        this.words = words;
        this.stride = words + 1;
        this.keys = keys;
        this.rows = rows;
    }

    /** Lays out {@code n} rows sorted by digest ({@code words} longs each) at load factor 0.8. */
    static ProbingTable layOut(int words, long[] sorted, long[] ids, int[] lists, int n) {
        long capacity = n + n / 4 + 1L;
        int length = 0;
        for (int row = 0; row < n; row++) {
            length = Math.max(home(sorted[row * words], capacity), length) + 1;
        }
        Preconditions.check((long) length * (words + 1) <= MAX_LONGS,
                "%d digests are more than one exact index holds", n);
        ProbingTable table = new ProbingTable(capacity, words, new long[length], new long[length * (words + 1)]);
        table.place(sorted, ids, lists, n);
        return table;
    }

    private void place(long[] sorted, long[] ids, int[] lists, int n) {
        int next = 0;
        for (int row = 0; row < n; row++) {
            long key = sorted[row * words];
            int slot = Math.max(home(key, capacity), next);
            Arrays.fill(keys, next, slot + 1, key);
            int at = slot * stride;
            System.arraycopy(sorted, row * words + 1, rows, at, words - 1);
            rows[at + words - 1] = ids[row];
            rows[at + words] = lists[row];
            next = slot + 1;
        }
    }

    private static int home(long key, long capacity) {
        return (int) Math.unsignedMultiplyHigh(key, capacity);
    }

    @Override
    public List<DigestMatch> find(byte[] digest) {
        long first = DigestWords.word(digest, 0);
        long[] keys = this.keys;
        int slot = home(first, capacity);
        while (slot < keys.length && Long.compareUnsigned(keys[slot], first) < 0) {
            slot++;
        }
        List<DigestMatch> out = List.of();
        for (; slot < keys.length && keys[slot] == first; slot++) {
            int at = slot * stride;
            if (DigestWords.restEqual(rows, at, digest, words)) {
                out = DigestMatch.append(out, rows[at + words - 1], (int) rows[at + words]);
            }
        }
        return out;
    }

    @Override
    public long bytes() {
        return 8L * keys.length + 8L * rows.length;
    }
}
