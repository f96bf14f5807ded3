package org.custos.index;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** Digests as big-endian longs, so that comparing longs unsigned orders digests as bytes. */
final class DigestWords {
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);

    private DigestWords() {
    }

    /** Word {@code i} of the digest, big-endian; a last word of 4 bytes (SHA-1) is padded with zeros. */
    static long word(byte[] digest, int i) {
        int at = 8 * i;
        return at + 8 <= digest.length ? (long) LONG.get(digest, at) : (long) (int) INT.get(digest, at) << 32;
    }

    /** Whether words 1.. of the digest equal the longs stored from {@code at} on. */
    static boolean restEqual(long[] stored, int at, byte[] digest, int words) {
        for (int i = 1; i < words; i++) {
            if (stored[at + i - 1] != word(digest, i)) {
                return false;
            }
        }
        return true;
    }

    static int bucket(long firstWord, int bits) {
        return bits == 0 ? 0 : (int) (firstWord >>> (64 - bits));
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
