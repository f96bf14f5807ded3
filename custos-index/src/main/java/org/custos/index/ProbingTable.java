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
 * row of its first word next to each other, in the order they were added. Only on an equal first word are the rest
 * of the digest, the id and the list read, from parallel arrays indexed by slot. At load 0.8 a search reads about
 * three adjacent keys: one cache line, where a sorted array with a directory reads two unrelated ones.
 */
final class ProbingTable implements ExactTable {
    private static final int MAX_SLOTS = Integer.MAX_VALUE - 8;

    private final long capacity;
    private final int words;
    private final long[] keys;
    private final long[] rest;
    private final long[] ids;
    private final int[] lists;

    private ProbingTable(long capacity, int words, long[] keys, long[] rest, long[] ids, int[] lists) {
        this.capacity = capacity;
        this.words = words;
        this.keys = keys;
        this.rest = rest;
        this.ids = ids;
        this.lists = lists;
    }

    /** Lays out {@code n} rows sorted by digest ({@code words} longs each) at load factor 0.8. */
    static ProbingTable layOut(int words, long[] sorted, long[] ids, int[] lists, int n) {
        long capacity = n + n / 4 + 1L;
        int length = 0;
        for (int row = 0; row < n; row++) {
            length = Math.max(home(sorted[row * words], capacity), length) + 1;
        }
        Preconditions.check((long) length * Math.max(1, words - 1) <= MAX_SLOTS,
                "%d digests are more than one exact index holds", n);
        ProbingTable table = new ProbingTable(capacity, words, new long[length], new long[length * (words - 1)],
                new long[length], new int[length]);
        table.place(sorted, ids, lists, n);
        return table;
    }

    private void place(long[] sorted, long[] rowIds, int[] rowLists, int n) {
        int next = 0;
        for (int row = 0; row < n; row++) {
            long key = sorted[row * words];
            int slot = Math.max(home(key, capacity), next);
            Arrays.fill(keys, next, slot + 1, key);
            System.arraycopy(sorted, row * words + 1, rest, slot * (words - 1), words - 1);
            ids[slot] = rowIds[row];
            lists[slot] = rowLists[row];
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
            if (DigestWords.restEqual(rest, slot * (words - 1), digest, words)) {
                out = DigestMatch.append(out, ids[slot], lists[slot]);
            }
        }
        return out;
    }

    @Override
    public long bytes() {
        return 8L * keys.length + 8L * rest.length + 8L * ids.length + 4L * lists.length;
    }
}
