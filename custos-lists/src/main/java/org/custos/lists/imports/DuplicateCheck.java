package org.custos.lists.imports;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Finds keys (entry ids, signals) that occur twice in a stream of any length in bounded memory, in two passes.
 *
 * <p>Pass one puts each key's 64-bit fingerprint in a Bloom filter of fixed size (Bloom, 1970; k = 3 probes
 * from two halves of the fingerprint, Kirsch and Mitzenmacher 2006). A key whose probes are all set already
 * may be a repeat: its fingerprint becomes a candidate. With 2^28 bits (32 MiB) and 13 M keys about 0.3 % are
 * false candidates. Pass two (only when there are candidates) counts the exact keys whose fingerprint is a
 * candidate, which includes every first occurrence, so a key seen twice is found for certain and nothing else
 * is reported. Memory: the filter plus the candidates, independent of list size until the filter fills.
 */
final class DuplicateCheck {
    private final long[] bits;
    private final long mask;
    private final Set<Long> candidates = new HashSet<>();
    private final Map<String, Long> firstSeen = new HashMap<>();

    DuplicateCheck(int log2Bits) {
        bits = new long[1 << (log2Bits - 6)];
        mask = (1L << log2Bits) - 1;
    }

    /** Pass one. */
    void add(String key) {
        long f = Fingerprints.of(key);
        int h1 = (int) f;
        int h2 = (int) (f >>> 32) | 1;
        boolean seen = true;
        for (int i = 0; i < 3; i++) {
            long bit = (h1 + (long) i * h2) & mask;
            int word = (int) (bit >>> 6);
            long m = 1L << bit;
            if ((bits[word] & m) == 0) {
                seen = false;
                bits[word] |= m;
            }
        }
        if (seen) candidates.add(f);
    }

    boolean needsSecondPass() {
        return !candidates.isEmpty();
    }

    /** Pass two: returns the record where {@code key} first occurred if this is a repeat, else -1. */
    long repeatOf(String key, long record) {
        if (!candidates.contains(Fingerprints.of(key))) return -1;
        Long first = firstSeen.putIfAbsent(key, record);
        return first == null ? -1 : first;
    }

    int candidateCount() {
        return candidates.size();
    }
}
