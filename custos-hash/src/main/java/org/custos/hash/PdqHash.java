package org.custos.hash;

import org.custos.InvalidValueException;

/**
 * A 256-bit PDQ hash as four words. The hex form is the 256-bit big-endian integer (64 lower-case characters),
 * so {@code w0} holds bits 255..192 and {@code w3} bits 63..0; bit {@code k} of the integer is the PDQ bit
 * {@code k = 16·row + column} of the 16×16 DCT, as in Meta's reference. Quality travels beside the hash
 * ({@link PdqResult}), not inside it.
 */
public record PdqHash(long w0, long w1, long w2, long w3) implements Comparable<PdqHash> {
    public static final int BITS = 256;
    public static final int HEX_LENGTH = 64;
    public static final PdqHash ZERO = new PdqHash(0, 0, 0, 0);

    /** Parses 64 hex characters of either case; anything else is an {@link InvalidValueException}. */
    public static PdqHash parse(CharSequence hex) {
        if (hex == null || hex.length() != HEX_LENGTH) {
            throw new InvalidValueException("a PDQ hash is 64 hex characters, got "
                    + (hex == null ? "nothing" : hex.length() + ": '" + abbreviate(hex) + "'"));
        }
        return new PdqHash(word(hex, 0), word(hex, 16), word(hex, 32), word(hex, 48));
    }

    /** Builds a hash from the bit array convention of the reference: {@code bits[k]} is bit k. */
    public static PdqHash fromWords(long[] words) {
        return new PdqHash(words[0], words[1], words[2], words[3]);
    }

    /** Bit {@code k} (0 = least significant) of the 256-bit integer. */
    public boolean bit(int k) {
        return (word(3 - (k >>> 6)) >>> (k & 63) & 1L) != 0;
    }

    /** Word {@code i}, 0 the most significant. */
    public long word(int i) {
        return switch (i) {
            case 0 -> w0;
            case 1 -> w1;
            case 2 -> w2;
            case 3 -> w3;
            default -> throw new IndexOutOfBoundsException(i);
        };
    }

    public int distance(PdqHash other) {
        return Long.bitCount(w0 ^ other.w0) + Long.bitCount(w1 ^ other.w1)
                + Long.bitCount(w2 ^ other.w2) + Long.bitCount(w3 ^ other.w3);
    }

    public int bitCount() {
        return Long.bitCount(w0) + Long.bitCount(w1) + Long.bitCount(w2) + Long.bitCount(w3);
    }

    public String toHex() {
        StringBuilder out = new StringBuilder(HEX_LENGTH);
        for (long w : new long[] {w0, w1, w2, w3}) {
            String s = Long.toHexString(w);
            out.repeat('0', 16 - s.length()).append(s);
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return toHex();
    }

    @Override
    public int compareTo(PdqHash o) {
        int c = Long.compareUnsigned(w0, o.w0);
        if (c == 0) c = Long.compareUnsigned(w1, o.w1);
        if (c == 0) c = Long.compareUnsigned(w2, o.w2);
        if (c == 0) c = Long.compareUnsigned(w3, o.w3);
        return c;
    }

    private static long word(CharSequence hex, int from) {
        long w = 0;
        for (int i = from; i < from + 16; i++) {
            int d = Character.digit(hex.charAt(i), 16);
            if (d < 0) {
                throw new InvalidValueException("a PDQ hash is 64 hex characters, found '" + hex.charAt(i)
                        + "' at position " + (i + 1) + " of '" + abbreviate(hex) + "'");
            }
            w = w << 4 | d;
        }
        return w;
    }

    private static String abbreviate(CharSequence s) {
        return s.length() <= 80 ? s.toString() : s.subSequence(0, 77) + "...";
    }
}
