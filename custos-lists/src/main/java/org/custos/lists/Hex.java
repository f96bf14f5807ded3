package org.custos.lists;

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
        int upper = 0;
        for (int i = 0; i < length; i++) {
            char c = v.charAt(i);
            int kind = c < 128 ? KIND[c] : 0;
            if (kind == 0) {
                throw new InvalidValueException(name + " has a non-hex character '" + c + "' at position "
                        + (i + 1) + ": '" + Text.abbreviate(v) + "'");
            }
            upper |= kind;
        }
        return (upper & 2) == 0 ? v : lower(v);
    }

    /** Lower case of checked hex: setting bit 5 lowers A-F and leaves 0-9 and a-f as they are. */
    private static String lower(String hex) {
        byte[] b = new byte[hex.length()];
        for (int i = 0; i < b.length; i++) b[i] = (byte) (hex.charAt(i) | 0x20);
        return new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** 1 for 0-9 and a-f, 3 for A-F, 0 for anything else. */
    private static final byte[] KIND = new byte[128];

    static {
        for (char c = '0'; c <= '9'; c++) KIND[c] = 1;
        for (char c = 'a'; c <= 'f'; c++) KIND[c] = 1;
        for (char c = 'A'; c <= 'F'; c++) KIND[c] = 3;
    }

    public static String of(byte[] bytes) {
        return java.util.HexFormat.of().formatHex(bytes);
    }
}
