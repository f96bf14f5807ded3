package org.custos.lists.imports;

/**
 * Finds keys (entry ids, signals) that occur twice in a stream of any length, in bounded memory.
 *
 * <p>Keys are reduced to 64-bit fingerprints. While there are at most {@value #EXACT_KEYS} keys, a table maps each
 * fingerprint to the record it came from, and a repeat is known at once, with the record of the first occurrence
 * (one pass, 32 MiB at most: lists to some 250 k entries). Beyond that the table's fingerprints move into a
 * {@link BlockedBloomFilter}; a key it reports as a possible repeat becomes a candidate. With 2^29 bits (64 MiB)
 * and 40 M keys (10 M entries of an id and three signals) about 1 % are candidates. From the switch on, every
 * record's fingerprints also go to a {@link KeySpool} on disk (the table's keys first, each with its record), and
 * candidates to a bitset that lets the confirmation pass over most keys. The confirmation, needed only when
 * there are candidates, reads that spool, not the source: it records where each candidate fingerprint first
 * occurs, and meeting it again is a possible duplicate, which the caller confirms on the keys themselves.
 *
 * <p>Every real duplicate is found. In the table's phase a false report would need two different keys with one
 * 64-bit fingerprint (about 10^-5 for 40 M random keys); after it, the caller compares the keys. Memory: the table
 * or the filter plus the candidates, which stay few until the filter holds some 25 M entries; give
 * {@link ListImporter} more bits for bigger lists. Disk: the spool, eight bytes a key and eight a record,
 * deleted on close.
 */
final class DuplicateCheck implements AutoCloseable {
    /** Just below the table's growth to 2^22 slots, so it never exceeds 32 MiB. */
    static final int EXACT_KEYS = (1 << 20) - 1;
    private final int log2Bits;
    private final int exactKeys;
    private LongTable exact = new LongTable();
    private BlockedBloomFilter filter;
    private final LongTable candidates = new LongTable();
    /** One bit a candidate, by a hash of its fingerprint: 512 KiB, so the confirmation skips most keys in L2. */
    private final long[] candidateBits = new long[1 << (CANDIDATE_BITS - 6)];
    private static final int CANDIDATE_BITS = 22;
    private final LongTable firstSeen = new LongTable();
    private KeySpool spool;

    DuplicateCheck(int log2Bits, int exactKeys) {
        this.log2Bits = log2Bits;
        this.exactKeys = exactKeys;
    }

    /** Pass one: the record where this key occurred before, if that is certain, else -1. */
    long add(long fingerprint, long record) {
        if (exact != null) return exact.putIfAbsent(fingerprint, record);
        filter.add(fingerprint);
        return -1;
    }

    /**
     * Pass one, after the keys of a record were added: spools them in the filter's phase, or switches to the
     * filter once the table might overflow {@code exactKeys} within the next record.
     */
    void endRecord(long record, long[] fingerprints, int count) {
        if (exact == null) spool.write(record, fingerprints, count);
        else if (exact.size() > exactKeys - EntryKeys.MAX) toFilter();
    }

    private void toFilter() {
        filter = new BlockedBloomFilter(log2Bits, this::candidate);
        LongTable table = exact;
        exact = null;
        spool = new KeySpool();
        long[] one = new long[1];
        table.forEach((fingerprint, record) -> {
            filter.add(fingerprint);
            one[0] = fingerprint;
            spool.write(record, one, 1);
        });
    }

    /** A key the filter may have seen before: a candidate for the confirmation. */
    private void candidate(long fingerprint) {
        if (candidates.putIfAbsent(fingerprint, 0) >= 0) return;
        int h = candidateBit(fingerprint);
        candidateBits[h >>> 6] |= 1L << h;
        if (candidates.size() > maxCandidates()) {
            throw new Full("more than " + maxCandidates() + " possible repeats: the list is too large"
                    + " for a duplicate filter of 2^" + log2Bits + " bits");
        }
    }

    /** A multiplicative hash of the fingerprint: bits apart from those that chose its filter block and bits. */
    private static int candidateBit(long fingerprint) {
        return (int) (fingerprint * 0x9e3779b97f4a7c15L >>> (64 - CANDIDATE_BITS));
    }

    private boolean maybeCandidate(long fingerprint) {
        int h = candidateBit(fingerprint);
        return (candidateBits[h >>> 6] & 1L << h) != 0;
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

    /** Pass one is over: sets the keys still pending (which may find the filter {@link Full}). */
    void endPass() {
        if (filter != null) filter.flush();
    }

    /** After {@link #endPass}: whether candidates need the confirmation. */
    boolean needsSecondPass() {
        return candidates.size() > 0;
    }

    interface Repeats {
        /** A candidate met again in {@code record}, first seen in {@code first}; throws if it is a duplicate. */
        void repeat(long fingerprint, long record, long first);
    }

    /** The confirmation: reads the spool and hands every repeat of a candidate to {@code repeats}. */
    void confirm(Repeats repeats) {
        spool.forEach((fingerprint, record) -> {
            if (!maybeCandidate(fingerprint) || !candidates.contains(fingerprint)) return;
            long first = firstSeen.putIfAbsent(fingerprint, record);
            if (first >= 0) repeats.repeat(fingerprint, record, first);
        });
    }

    @Override
    public void close() {
        if (spool != null) spool.close();
    }
}
