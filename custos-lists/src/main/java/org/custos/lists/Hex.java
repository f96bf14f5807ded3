package org.custos.lists;

import org.custos.InvalidValueException;

/** Hexadecimal digests: exact length, hex alphabet, lower case out. Allocation-free when already normal. */
public final class Hex {
    private Hex() {
    }

    public static String normalise(String value, int length, String name) {
        String v = value.strip();
        if (v.length() != length) {
            throw new InvalidValueException(name + " is " + length + " hex characters, got " + v.length()
                    + ": '" + Text.abbreviate(v) + "'");
        }
        boolean lower = true;
        for (int i = 0; i < length; i++) {
            char c = v.charAt(i);
            if (c >= 'A' && c <= 'F') {
                lower = false;
            } else if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                throw new InvalidValueException(name + " has a non-hex character '" + c + "' at position "
                        + (i + 1) + ": '" + Text.abbreviate(v) + "'");
            }
        }
        return lower ? v : v.toLowerCase(java.util.Locale.ROOT);
    }

    public static String of(byte[] bytes) {
        return java.util.HexFormat.of().formatHex(bytes);
    }
}
