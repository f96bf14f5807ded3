package org.custos.lists.imports;

import java.util.function.LongConsumer;

/**
 * {@link DuplicateCheck}'s filter of 64-bit key fingerprints: a cache-line-blocked Bloom filter (Bloom 1970;
 * blocked as in Putze, Sanders and Singler 2007). A fingerprint picks one 512-bit block with its bits from 40 on
 * and four bits in it with bits 0-35, nine each; a key whose four bits were all set already may be a repeat and
 * goes to {@code possibleRepeats}. No repeat is missed; false ones are the caller's to rule out.
 *
 * <p>Speed, measured (10 M entries of 4 keys, with the key spool: 0.33 -> 0.23 -> 0.15 us an entry): a key
 * costs one cache miss at a random place in a 64 MiB array, so keys are set by batches of {@value #BATCH}, whose
 * blocks a first loop only loads: those loads, independent of each other, are in flight together, and the second
 * loop finds the blocks in cache (256 and 4,096 were slower). And blocks start {@value #SKEW} words into the
 * array: HotSpot puts a {@code long[]}'s first element 16 bytes after the array's start, and G1 starts an array
 * this big (humongous) at a region boundary, so each block is one cache line, not two. Should a JVM lay arrays
 * out otherwise, blocks straddle two lines, which costs time, never a result; the first loop loads both ends.
 */
final class BlockedBloomFilter {
    private static final int BATCH = 1 << 10;
    private static final int SKEW = 6;
    private final long[] bits;
    private final int blockMask;
    private final LongConsumer possibleRepeats;
    private final long[] pending = new long[BATCH];
    private int pendingCount;
    /** The sum of the words {@link #flush} loaded first: kept, so that the compiler keeps those loads. */
    private long touched;

    /** A filter of 2^{@code log2Bits} bits (at least one block). */
    BlockedBloomFilter(int log2Bits, LongConsumer possibleRepeats) {
        int log2Blocks = Math.max(0, log2Bits - 9);
        bits = new long[(8 << log2Blocks) + SKEW];
        blockMask = (1 << log2Blocks) - 1;
        this.possibleRepeats = possibleRepeats;
    }

    /** Adds a key; it is set, and reported if it may repeat, by the next {@link #flush} at the latest. */
    void add(long fingerprint) {
        pending[pendingCount++] = fingerprint;
        if (pendingCount == BATCH) flush();
    }

    /** Sets the pending keys. */
    void flush() {
        long sum = 0;
        for (int i = 0; i < pendingCount; i++) {
            int base = block(pending[i]);
            sum += bits[base] + bits[base + 7];
        }
        touched += sum;
        int n = pendingCount;
        pendingCount = 0;
        for (int i = 0; i < n; i++) {
            if (set(pending[i])) possibleRepeats.accept(pending[i]);
        }
    }

    /** Sets the key's four bits; whether all four were set already. */
    private boolean set(long fingerprint) {
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
        return seen;
    }

    private int block(long fingerprint) {
        return (((int) (fingerprint >>> 40) & blockMask) << 3) + SKEW;
    }
}
