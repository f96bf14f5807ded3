package org.custos.lists.imports;

/**
 * Finds keys (entry ids, signals) that occur twice in a stream of any length, in bounded memory.
 *
 * <p>Keys are reduced to 64-bit fingerprints. While there are at most {@value #EXACT_KEYS} keys, a table maps each
 * fingerprint to the record it came from, and a repeat is known at once, with the record of the first occurrence
 * (one pass, 32 MiB at most: lists to some 250 k entries). Beyond that the table's fingerprints move into a cache-
 * line-blocked Bloom filter (Bloom 1970; blocked as in Putze, Sanders and Singler 2007: the fingerprint picks one
 * 512-bit block and four bits in it, so a key costs one cache miss, and keys go in by batches whose misses overlap).
 * A key whose four bits are all set already may
 * be a repeat, and its fingerprint becomes a candidate. With 2^29 bits (64 MiB) and 40 M keys (10 M entries of an
 * id and three signals) about 1 % are candidates. From the switch on, every record's fingerprints also go to a
 * {@link KeySpool} on disk (the table's keys first, each with its record). The confirmation, needed only when
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
    /** Keys set in the filter at once: 1,024 was fastest of 256, 1,024 and 4,096 (their blocks stay in L2). */
    private static final int BATCH = 1 << 10;
    private final int log2Bits;
    private final int exactKeys;
    private LongTable exact = new LongTable();
    private long[] bits;
    private int blockMask;
    private final LongTable candidates = new LongTable();
    /** One bit a candidate, by a hash of its fingerprint: 512 KiB, so the confirmation skips most keys in L2. */
    private final long[] candidateBits = new long[1 << (CANDIDATE_BITS - 6)];
    private static final int CANDIDATE_BITS = 22;
    private final LongTable firstSeen = new LongTable();
    private KeySpool spool;
    /** The filter's keys not yet set: they go in by batches, see {@link #drain}. */
    private final long[] pending = new long[BATCH];
    private int pendingCount;
    /** The sum of the words {@link #drain} touched first: kept, so that the compiler keeps those loads. */
    private long touched;

    DuplicateCheck(int log2Bits, int exactKeys) {
        this.log2Bits = log2Bits;
        this.exactKeys = exactKeys;
    }

    /** Pass one: the record where this key occurred before, if that is certain, else -1. */
    long add(long fingerprint, long record) {
        if (exact != null) return exact.putIfAbsent(fingerprint, record);
        pending[pendingCount++] = fingerprint;
        if (pendingCount == BATCH) drain();
        return -1;
    }

    /**
     * Sets the pending keys. Each key's block is a cache miss at a random place in the filter; a first loop only
     * loads the first and last word of each block, and those loads, independent of each other, are in flight together, so the
     * second loop, which tests and sets bits, finds the blocks in cache instead of waiting for them one by one.
     */
    private void drain() {
        long sum = 0;
        for (int i = 0; i < pendingCount; i++) {
            int base = block(pending[i]);
            sum += bits[base] + bits[base + 7];
        }
        touched += sum;
        for (int i = 0; i < pendingCount; i++) addToFilter(pending[i]);
        pendingCount = 0;
    }

    /**
     * The first word of the fingerprint's block. Blocks start {@value #SKEW} words into the array: HotSpot puts
     * a {@code long[]}'s first element 16 bytes after the array's start, and G1 starts an array as big as the
     * filter (humongous) at a region boundary, so the blocks fall on cache lines and a key costs one miss, not
     * two (10 M entries of 4 keys: 0.22 -> 0.15 us an entry). Should a JVM lay arrays out otherwise, blocks
     * straddle two lines, which costs time, never a result; {@link #drain} loads both ends of each block.
     */
    private int block(long fingerprint) {
        return (((int) (fingerprint >>> 40) & blockMask) << 3) + SKEW;
    }

    private static final int SKEW = 6;

    /**
     * Pass one, after the keys of a record were added: spools them in the filter's phase, or switches to the
     * filter once the table might overflow {@code exactKeys} within the next record.
     */
    void endRecord(long record, long[] fingerprints, int count) {
        if (exact == null) spool.write(record, fingerprints, count);
        else if (exact.size() > exactKeys - EntryKeys.MAX) toFilter();
    }

    private void toFilter() {
        int log2Blocks = Math.max(0, log2Bits - 9);
        bits = new long[(8 << log2Blocks) + SKEW];
        blockMask = (1 << log2Blocks) - 1;
        LongTable table = exact;
        exact = null;
        spool = new KeySpool();
        long[] one = new long[1];
        table.forEach((fingerprint, record) -> {
            addToFilter(fingerprint);
            one[0] = fingerprint;
            spool.write(record, one, 1);
        });
    }

    private void addToFilter(long fingerprint) {
        int base = block(fingerprint);
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
        if (!seen || candidates.putIfAbsent(fingerprint, 0) >= 0) return;
        int h = candidateBit(fingerprint);
        candidateBits[h >>> 6] |= 1L << h;
        if (candidates.size() > maxCandidates()) {
            throw new Full("more than " + maxCandidates() + " possible repeats: the list is too large"
                    + " for a duplicate filter of 2^" + log2Bits + " bits");
        }
    }

    /** A multiplicative hash of the fingerprint: bits apart from those that chose its block and bits there. */
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
        if (exact == null) drain();
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
