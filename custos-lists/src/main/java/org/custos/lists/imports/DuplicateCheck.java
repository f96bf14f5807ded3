package org.custos.lists.imports;

/**
 * Finds keys (entry ids, signals) that occur twice in a stream of any length, in two passes and bounded memory.
 *
 * <p>Keys are reduced to 64-bit fingerprints. Pass one puts each in a cache-line-blocked Bloom filter (Bloom
 * 1970; blocked as in Putze, Sanders and Singler 2007: the fingerprint picks one 512-bit block and four bits in
 * it, so a key costs one cache miss). A key whose four bits are all set already may be a repeat, and its
 * fingerprint becomes a candidate. With 2^29 bits (64 MiB) and 40 M keys (10 M entries of an id and three
 * signals) under 1 % are candidates. Pass two, needed only when there are candidates, records where each
 * candidate fingerprint first occurs; meeting it again is a duplicate. Every real duplicate is found; a false
 * report would need two different keys with one 64-bit fingerprint among the candidates (about 10^-9 at that
 * size). Memory: the filter plus the candidates, which stay few until the filter holds some 25 M entries; give
 * {@link ListImporter} more bits for bigger lists.
 */
final class DuplicateCheck {
    private final long[] bits;
    private final int blockMask;
    private final LongTable candidates = new LongTable();
    private final LongTable firstSeen = new LongTable();

    DuplicateCheck(int log2Bits) {
        int log2Blocks = Math.max(0, log2Bits - 9);
        bits = new long[8 << log2Blocks];
        blockMask = (1 << log2Blocks) - 1;
    }

    /** Pass one. */
    void add(long fingerprint) {
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
        if (seen) candidates.putIfAbsent(fingerprint, 0);
    }

    boolean needsSecondPass() {
        return candidates.size() > 0;
    }

    /** Pass two: the record where this key first occurred if this is a repeat, else -1. */
    long repeatOf(long fingerprint, long record) {
        if (!candidates.contains(fingerprint)) return -1;
        return firstSeen.putIfAbsent(fingerprint, record);
    }

    int candidateCount() {
        return candidates.size();
    }
}
