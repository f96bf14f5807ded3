package org.custos.lists.imports;

/**
 * Finds keys (entry ids, signals) that occur twice in a stream of any length, in bounded memory.
 *
 * <p>Keys are reduced to 64-bit fingerprints. While there are at most {@value #EXACT_KEYS} keys, a table maps each
 * fingerprint to the record it came from, and a repeat is known at once, with the record of the first occurrence
 * (one pass, 32 MiB at most: lists to some 250 k entries). Beyond that the table's fingerprints move into a cache-
 * line-blocked Bloom filter (Bloom 1970; blocked as in Putze, Sanders and Singler 2007: the fingerprint picks one
 * 512-bit block and four bits in it, so a key costs one cache miss). A key whose four bits are all set already may
 * be a repeat, and its fingerprint becomes a candidate. With 2^29 bits (64 MiB) and 40 M keys (10 M entries of an
 * id and three signals) about 1 % are candidates. A second pass, needed only when there are candidates, records
 * where each candidate fingerprint first occurs; meeting it again is a duplicate.
 *
 * <p>Every real duplicate is found. A false report would need two different keys with one 64-bit fingerprint
 * (about 10^-5 for 40 M random keys, far less among the few candidates). Memory: the table or the filter plus
 * the candidates, which stay few until the filter holds some 25 M entries; give {@link ListImporter} more bits
 * for bigger lists.
 */
final class DuplicateCheck {
    /** Just below the table's growth to 2^22 slots, so it never exceeds 32 MiB. */
    static final int EXACT_KEYS = (1 << 20) - 1;
    private final int log2Bits;
    private final int exactKeys;
    private LongTable exact = new LongTable();
    private long[] bits;
    private int blockMask;
    private final LongTable candidates = new LongTable();
    private final LongTable firstSeen = new LongTable();

    DuplicateCheck(int log2Bits, int exactKeys) {
        this.log2Bits = log2Bits;
        this.exactKeys = exactKeys;
    }

    /** Pass one: the record where this key occurred before, if that is certain, else -1. */
    long add(long fingerprint, long record) {
        if (exact != null) {
            long first = exact.putIfAbsent(fingerprint, record);
            if (exact.size() > exactKeys) toFilter();
            return first;
        }
        addToFilter(fingerprint);
        return -1;
    }

    private void toFilter() {
        int log2Blocks = Math.max(0, log2Bits - 9);
        bits = new long[8 << log2Blocks];
        blockMask = (1 << log2Blocks) - 1;
        LongTable table = exact;
        exact = null;
        table.forEachKey(this::addToFilter);
    }

    private void addToFilter(long fingerprint) {
        int base = ((int) (fingerprint >>> 40) & blockMask) << 3;
        boolean seen = true;
        for (int i = 0; i < 4; i++) {
            int bit = (int) (fingerprint >>> (9 * i)) & 511;
            int word = base + (bit >>> 6);
            long m = 1L << bit;
            if ((bits[word] & m) == 0) {
                seen = false;
                bits[word] |= m;
            }
        }
        if (seen && candidates.putIfAbsent(fingerprint, 0) < 0 && candidates.size() > maxCandidates()) {
            throw new Full("more than " + maxCandidates() + " possible repeats: the list is too large"
                    + " for a duplicate filter of 2^" + log2Bits + " bits");
        }
    }

    /** The filter is too full to filter: the list needs more bits. */
    static final class Full extends RuntimeException {
        Full(String message) {
            super(message);
        }
    }

    /** A filter this full has stopped filtering; refuse rather than let the candidates take the heap. */
    private int maxCandidates() {
        return 1 << Math.max(10, log2Bits - 8);
    }

    boolean needsSecondPass() {
        return candidates.size() > 0;
    }

    /** Pass two: the record where this key first occurred if this is a repeat, else -1. */
    long repeatOf(long fingerprint, long record) {
        if (!candidates.contains(fingerprint)) return -1;
        return firstSeen.putIfAbsent(fingerprint, record);
    }
}
