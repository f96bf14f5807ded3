package org.custos.lists;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.custos.InvalidValueException;

/**
 * The byte-wise checks of hex digits and of control characters answer as the character loops they replaced,
 * messages included, for any text: hex of both cases, other Latin-1, control characters, characters beyond
 * Latin-1 (whose Latin-1 byte would look like a digit, U+0130 for one).
 */
class HexTextPropertyTest {
    @Property(tries = 3000)
    void hexChecksAsTheCharacterLoop(@ForAll("texts") String s) {
        assertThat(outcome(() -> Hex.normalise(s, s.strip().length(), "md5"))).isEqualTo(outcome(() -> oracleHex(s)));
    }

    /** Mostly hex of mixed case, 1 to 80 digits, sometimes one other character: every path of the word-wise check. */
    @Property(tries = 3000)
    void hexOfAnyLengthChecksAsTheCharacterLoop(@ForAll("hexes") String s, @ForAll("others") char other,
            @ForAll int where, @ForAll boolean spoil) {
        String v = spoil ? s.substring(0, Math.floorMod(where, s.length())) + other
                + s.substring(Math.floorMod(where, s.length()) + 1) : s;
        assertThat(outcome(() -> Hex.normalise(v, v.length(), "md5"))).isEqualTo(outcome(() -> oracleHex(v)));
    }

    @Provide
    Arbitrary<String> hexes() {
        return Arbitraries.strings().withChars("0123456789abcdefABCDEF").ofMinLength(1).ofMaxLength(80);
    }

    @Provide
    Arbitrary<Character> others() {
        return Arbitraries.of('/', ':', '@', 'G', '`', 'g', '\u00c1', '\u00e1', '\u0130', '\u0000', '\u007f', '\u0080');
    }

    /** Bytes to hex and back, four bytes at a time and the rest one by one, at any offset, as HexFormat does. */
    @Property(tries = 3000)
    void bytesToHexAndBackAsHexFormat(@ForAll @net.jqwik.api.constraints.Size(max = 40) byte[] bytes,
            @ForAll @net.jqwik.api.constraints.IntRange(max = 40) int from, @ForAll boolean upper) {
        int start = Math.min(from, bytes.length);
        String expected = java.util.HexFormat.of().formatHex(bytes, start, bytes.length);
        assertThat(Hex.of(bytes, start, bytes.length - start)).isEqualTo(expected);
        String digits = upper ? expected.toUpperCase(java.util.Locale.ROOT) : expected;
        byte[] packed = new byte[bytes.length - start + 1];
        Hex.pack(digits.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), bytes.length - start, packed, 1);
        assertThat(java.util.Arrays.copyOfRange(packed, 1, packed.length))
                .isEqualTo(java.util.Arrays.copyOfRange(bytes, start, bytes.length));
    }

    @Property(tries = 3000)
    void controlCharactersAreFoundAsByTheCharacterLoop(@ForAll("texts") String s) {
        assertThat(outcome(() -> Text.check(s, 4096, "id"))).isEqualTo(outcome(() -> oracleText(s)));
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("0123456789abcdefABCDEF").withChars("gG ~\u0000\u001f\u007f\u0085\u009f\u00a0\u00e9\u0130\u0141\u2028")
                .ofMinLength(1).ofMaxLength(40);
    }

    private static String outcome(java.util.function.Supplier<String> check) {
        try {
            return "ok " + check.get();
        } catch (InvalidValueException e) {
            return "error " + e.getMessage();
        }
    }

    /** The loop Hex.normalise had, for values of the right length. */
    private static String oracleHex(String value) {
        String v = value.strip();
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            boolean hex = c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
            if (!hex) {
                throw new InvalidValueException("md5 has a non-hex character '" + c + "' at position " + (i + 1) + ": '"
                        + Text.abbreviate(v) + "'");
            }
        }
        return v.toLowerCase(java.util.Locale.ROOT);
    }

    /** The loop Text.check had. */
    private static String oracleText(String value) {
        if (value.isBlank()) throw new InvalidValueException("id is required");
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                throw new InvalidValueException(String.format("id contains a control character at position %d: '%s'",
                        i + 1, Text.abbreviate(value)));
            }
        }
        return value;
    }
}
