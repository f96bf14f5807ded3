package org.custos.index;

import java.nio.ByteBuffer;

/** Digests as big-endian longs, so that comparing longs unsigned orders digests as bytes. */
final class DigestWords {
    private DigestWords() {
    }

    static long[] of(byte[] digest, DigestType type) {
        ByteBuffer padded = ByteBuffer.allocate(type.words() * 8).put(digest);
        long[] words = new long[type.words()];
        for (int i = 0; i < words.length; i++) {
            words[i] = padded.getLong(8 * i);
        }
        return words;
    }

    static int bucket(long firstWord, int bits) {
        return bits == 0 ? 0 : (int) (firstWord >>> (64 - bits));
    }

    static boolean equal(long[] digests, int at, long[] key) {
        for (int i = 0; i < key.length; i++) {
            if (digests[at + i] != key[i]) {
                return false;
            }
        }
        return true;
    }

    static int compare(long[] digests, int a, int b, int words) {
        for (int i = 0; i < words; i++) {
            int c = Long.compareUnsigned(digests[a * words + i], digests[b * words + i]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
