package org.custos.lists;

import java.nio.charset.StandardCharsets;
import org.custos.InvalidValueException;

/** Hexadecimal digests: exact length, hex alphabet, lower case out. Allocation-free when already normal. */
public final class Hex {
    private Hex() {
    }

    public static String normalise(String value, int length, String name) {
        String v = value.length() == length ? value : value.strip();
        if (v.length() != length) {
            throw new InvalidValueException(name + " is " + length + " hex characters, got " + v.length()
                    + ": '" + Text.abbreviate(v) + "'");
        }
        byte[] digits = v.getBytes(StandardCharsets.ISO_8859_1);
        int kinds = kinds(digits);
        if ((kinds & 1) == 0) throw nonHex(v, name);
        return (kinds & 2) == 0 ? v : lower(digits);
    }

    /**
     * Bit 0 set if every byte is a hex digit, bit 1 if some is an upper-case one. Eight bytes at a time, as one
     * long (SWAR: SIMD within a register), then the rest through {@link #KIND}. In a word of ASCII bytes (no high
     * bit), adding {@code 0x80 - c} to every byte sets a byte's high bit exactly when the byte is {@code >= c},
     * with no carry into the next byte; so digits are {@code >= '0'} and not {@code >= ':'}, letters (with bit 5
     * set, which lowers A-F) {@code >= 'a'} and not {@code >= 'g'}, and an upper-case letter is a letter whose
     * bit 5 was clear.
     */
    private static int kinds(byte[] digits) {
        int n = digits.length;
        int i = 0;
        long upper = 0;
        for (; i + Long.BYTES <= n; i += Long.BYTES) {
            long w = (long) LONGS.get(digits, i);
            if ((w & HIGH) != 0) return 0;
            long digit = w + ones(0x80 - '0') & ~(w + ones(0x80 - ':'));
            long lowered = w | ones(0x20);
            long letter = lowered + ones(0x80 - 'a') & ~(lowered + ones(0x80 - 'g'));
            if (((digit | letter) & HIGH) != HIGH) return 0;
            upper |= letter & ~(w << 2) & HIGH;
        }
        int all = 1;
        int some = upper == 0 ? 0 : 2;
        for (; i < n; i++) {
            int kind = KIND[digits[i] & 0xFF];
            all &= kind;
            some |= kind;
        }
        return all | some & 2;
    }

    private static final long HIGH = 0x8080808080808080L;
    private static final java.lang.invoke.VarHandle LONGS =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

    /** {@code b} in every byte of a long. */
    private static long ones(int b) {
        return 0x0101010101010101L * b;
    }

    /** The first character that is no hex digit, named with its position. */
    private static InvalidValueException nonHex(String v, String name) {
        int i = 0;
        while (v.charAt(i) < 128 && KIND[v.charAt(i)] != 0) i++;
        return new InvalidValueException(name + " has a non-hex character '" + v.charAt(i) + "' at position "
                + (i + 1) + ": '" + Text.abbreviate(v) + "'");
    }

    /** Lower case of checked hex: setting bit 5 lowers A-F and leaves 0-9 and a-f as they are. */
    private static String lower(byte[] hex) {
        for (int i = 0; i < hex.length; i++) hex[i] |= 0x20;
        return new String(hex, StandardCharsets.ISO_8859_1);
    }

    /**
     * 1 for 0-9 and a-f, 3 for A-F, 0 for anything else, by Latin-1 byte. Digits come as one Latin-1 copy of the
     * string (any other character becomes '?', no digit) and are checked without a branch per digit.
     */
    private static final byte[] KIND = new byte[256];

    static {
        for (char c = '0'; c <= '9'; c++) KIND[c] = 1;
        for (char c = 'a'; c <= 'f'; c++) KIND[c] = 1;
        for (char c = 'A'; c <= 'F'; c++) KIND[c] = 3;
    }

    public static String of(byte[] bytes) {
        return java.util.HexFormat.of().formatHex(bytes);
    }
}
