package org.custos.lists;

import java.nio.charset.StandardCharsets;
import org.custos.InvalidValueException;

/** Checks for the identifiers and names of the model: non-blank, bounded, free of control characters. */
public final class Text {
    public static final int MAX_ID = 256;
    public static final int MAX_NAME = 512;

    private Text() {
    }

    /**
     * Returns {@code value} if it is a usable identifier or name of at most {@code max} characters. Plain
     * conditions, the message made only on failure: this runs for every entry an import reads.
     */
    public static String check(String value, int max, String name) {
        if (value == null || value.isBlank()) throw new InvalidValueException(name + " is required");
        if (value.length() > max) {
            throw new InvalidValueException(String.format("%s is longer than %d characters: '%s'", name, max,
                    abbreviate(value)));
        }
        if (hasControl(value.getBytes(StandardCharsets.ISO_8859_1))) {
            for (int i = 0; i < value.length(); i++) {
                if (Character.isISOControl(value.charAt(i))) {
                    throw new InvalidValueException(String.format("%s contains a control character at position %d: '%s'",
                            name, i + 1, abbreviate(value)));
                }
            }
        }
        return value;
    }

    /**
     * Whether Latin-1 bytes hold an ISO control character (U+0000–U+001F, U+007F–U+009F). Every control character
     * is Latin-1, and the encoder turns any other character into '?', so the bytes of a string answer for the
     * string; they come in one copy, and are tested eight at a time ({@link Swar}): a byte is a control character
     * when its low seven bits are below 0x20 (U+0000–U+001F, U+0080–U+009F) or when it is 0x7F.
     */
    private static boolean hasControl(byte[] latin1) {
        long found = 0;
        int i = 0;
        for (; i + Long.BYTES <= latin1.length; i += Long.BYTES) {
            long w = Swar.word(latin1, i);
            found |= Swar.lowBelow(w, 0x20) | Swar.equalBytes(w, 0x7F);
        }
        for (; i < latin1.length; i++) {
            int c = latin1[i] & 0xFF;
            found |= c < 0x20 | c >= 0x7F & c <= 0x9F ? 1 : 0;
        }
        return found != 0;
    }

    /** Like {@link #check} but {@code null} stays {@code null}. */
    public static String optional(String value, int max, String name) {
        return value == null ? null : check(value, max, name);
    }

    public static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
