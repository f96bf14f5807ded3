package org.custos.lists.format;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.custos.lists.Hex;
import org.custos.lists.Swar;

/**
 * A JSON cursor over UTF-8 bytes for the byte-level scanners: member names matched against known ones without
 * making Strings, string values made in one copy from the buffer (hex lower-cased on the way), everything else
 * skipped. It accepts a strict subset of what Jackson accepts (RFC 8259 with Jackson's defaults: no comments,
 * no leading zeros, no trailing commas) and throws {@link ScanRefusedException} at anything else: escapes in
 * names and read values, malformed UTF-8, nesting deeper than {@value #MAX_DEPTH}, numbers longer than
 * {@value #MAX_NUMBER}, strings longer than {@value #MAX_TOKEN} bytes, a bad token. A refusal is no verdict on
 * the input: the caller reads it again with Jackson, which decides.
 */
final class JsonBytes {
    static final int MAX_DEPTH = 200;
    static final int MAX_NUMBER = 100;
    static final int MAX_TOKEN = 4 << 20;
    private static final boolean[] HEX = new boolean[256];
    private static final byte[][] NO_NAMES = new byte[0][];
    private final InputStream in;
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private byte[] buf;
    private int pos;
    private int len;
    private boolean ended;
    /** Whether the last string {@link #plainString} measured was all ASCII. */
    private boolean ascii;

    /** Bytes a string may hold that need no second look: printable ASCII but the quote and the backslash. */
    private static final boolean[] PLAIN = new boolean[256];

    static {
        for (char c : "0123456789abcdefABCDEF".toCharArray()) HEX[c] = true;
        for (int c = 0x20; c < 0x80; c++) PLAIN[c] = c != '"' && c != '\\';
    }

    JsonBytes(InputStream in) {
        this(in, 1 << 20);
    }

    /** With a buffer of {@code size} bytes to start with: tests use tiny ones, so tokens straddle refills. */
    JsonBytes(InputStream in, int size) {
        this.in = in;
        this.buf = new byte[size];
    }

    /** Skips a UTF-8 byte-order mark at the very start, as Jackson does. */
    void skipBom() throws IOException {
        if (available(3) && (buf[pos] & 0xFF) == 0xEF && (buf[pos + 1] & 0xFF) == 0xBB && (buf[pos + 2] & 0xFF) == 0xBF) {
            pos += 3;
        }
    }

    /** The next byte after white space, not consumed; -1 at the end. */
    int peek() throws IOException {
        while (pos < len || available(1)) {
            int b = buf[pos];
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') return b;
            pos++;
        }
        return -1;
    }

    /** Consumes {@code expected} after white space, or refuses. */
    void expect(char expected) throws IOException {
        if (peek() != expected) throw refuse("expected '" + expected + "'");
        pos++;
    }

    /** After white space: consumes {@code c} if it is next. */
    boolean next(char c) throws IOException {
        if (peek() != c) return false;
        pos++;
        return true;
    }

    /**
     * A member name and its colon: the index of the name among {@code known} (ASCII), or -1 for another name
     * (escapes only where no name is known, since an escaped name could spell a known one). Makes no String.
     */
    int name(byte[][] known) throws IOException {
        if (peek() != '"') throw refuse("expected a member name");
        int n = plainString(known.length == 0);
        int found = -1;
        for (int i = 0; i < known.length && found < 0; i++) {
            if (known[i].length == n && at(pos + 1, known[i])) found = i;
        }
        pos += n + 2;
        expect(':');
        return found;
    }

    /** Whether {@code name} is in the buffer at {@code from}: eight bytes a comparison (names are short). */
    private boolean at(int from, byte[] name) {
        int n = name.length;
        int i = 0;
        for (; i + Long.BYTES <= n; i += Long.BYTES) {
            if (Swar.word(buf, from + i) != Swar.word(name, i)) return false;
        }
        for (; i < n; i++) {
            if (buf[from + i] != name[i]) return false;
        }
        return true;
    }

    /** A member name of no interest and its colon. */
    void skipName() throws IOException {
        name(NO_NAMES);
    }

    /** The string value at the cursor. */
    String string() throws IOException {
        int n = plainString(false);
        String s = text(pos + 1, n);
        pos += n + 2;
        return s;
    }

    /** The string value at the cursor; if all hex digits, lower-cased in the buffer first (one copy, no check twice). */
    String hexString() throws IOException {
        int n = plainString(false);
        int from = pos + 1;
        boolean hex = Hex.lowerInPlace(buf, from, from + n);
        String s = hex ? new String(buf, from, n, StandardCharsets.ISO_8859_1) : text(from, n);
        pos += n + 2;
        return s;
    }

    /**
     * A scalar as Jackson's {@code getString} gives it: a string's text, an integer's digits, {@code true} or
     * {@code false}; {@code null} for null. Anything else is refused.
     */
    String scalar() throws IOException {
        int b = peek();
        if (b == '"') return string();
        if (b == '-' || b >= '0' && b <= '9') {
            int n = number();
            for (int i = pos; i < pos + n; i++) {
                if (buf[i] == '.' || buf[i] == 'e' || buf[i] == 'E') throw refuse("a fraction or exponent");
            }
            String s = new String(buf, pos, n, StandardCharsets.ISO_8859_1);
            pos += n;
            return s;
        }
        if (literal("null")) return null;
        if (literal("true")) return "true";
        if (literal("false")) return "false";
        throw refuse("expected a scalar");
    }

    boolean nullValue() throws IOException {
        return peek() == 'n' && literal("null");
    }

    /** Skips one value of any kind, checking its syntax. */
    void skipValue() throws IOException {
        skipValue(0);
    }

    private void skipValue(int depth) throws IOException {
        if (depth > MAX_DEPTH) throw refuse("nesting too deep");
        int b = peek();
        switch (b) {
            case '"' -> {
                int n = plainString(true);
                pos += n + 2;
            }
            case '{' -> {
                pos++;
                if (next('}')) return;
                do {
                    skipName();
                    skipValue(depth + 1);
                } while (next(','));
                expect('}');
            }
            case '[' -> {
                pos++;
                if (next(']')) return;
                do {
                    skipValue(depth + 1);
                } while (next(','));
                expect(']');
            }
            default -> {
                if (b == '-' || b >= '0' && b <= '9') {
                    int n = number();
                    pos += n;
                }
                else if (!literal("true") && !literal("false") && !literal("null")) throw refuse("an unknown token");
            }
        }
    }

    /**
     * The length of the string whose quote is at the cursor, without its quotes, checked: no control character,
     * valid UTF-8, and escapes only where {@code escapes} allows them (strings skipped, never read), well-formed.
     */
    private int plainString(boolean escapes) throws IOException {
        int k = 1;
        boolean ascii = true;
        while (true) {
            k = plainRun(k);
            if (pos + k >= len && !available(k + 1)) throw refuse("a string that never ends");
            int b = buf[pos + k] & 0xFF;
            if (b == '"') break;
            if (b < 0x20) throw refuse("a control character in a string");
            if (b == '\\') {
                if (!escapes) throw refuse("an escape in a name or a value read");
                k += escape(k + 1);
            } else if (b >= 0x80) {
                ascii = false;
            }
            k++;
        }
        if (!ascii) utf8(pos + 1, k - 1);
        this.ascii = ascii;
        return k - 1;
    }

    /**
     * The offset of the first byte from {@code k} on that is not plain ASCII text, or the end of the buffer:
     * eight bytes at a time while eight remain ({@link #notPlain}), then through {@link #PLAIN}.
     */
    private int plainRun(int k) {
        byte[] b = buf;
        int end = len - pos;
        int i = k;
        for (; i + Long.BYTES <= end; i += Long.BYTES) {
            long stops = notPlain(Swar.word(b, pos + i));
            if (stops != 0) return i + (Long.numberOfTrailingZeros(stops) >>> 3);
        }
        while (i < end && PLAIN[b[pos + i] & 0xFF]) i++;
        return i;
    }

    /**
     * Marks the bytes of {@code w} that are not {@link #PLAIN}: a high bit, a control character (low seven bits
     * below 0x20 where the high bit is clear) or a quote or a backslash.
     */
    static long notPlain(long w) {
        return w & Swar.HIGH | Swar.lowBelow(w, 0x20) | Swar.equalBytes(w, '"') | Swar.equalBytes(w, '\\');
    }

    /** Length of a well-formed escape's tail starting at offset {@code k} (after the backslash). */
    private int escape(int k) throws IOException {
        if (!available(k + 1)) throw refuse("an escape that never ends");
        int e = buf[pos + k];
        if ("\"\\/bfnrt".indexOf(e) >= 0) return 1;
        if (e != 'u' || !available(k + 5)) throw refuse("a bad escape");
        for (int i = 1; i <= 4; i++) {
            if (!HEX[buf[pos + k + i] & 0xFF]) throw refuse("a bad \\u escape");
        }
        return 5;
    }

    /** The text of the string {@link #plainString} just measured. */
    private String text(int from, int n) {
        return ascii ? new String(buf, from, n, StandardCharsets.ISO_8859_1) : utf8(from, n);
    }

    private String utf8(int from, int n) {
        try {
            return utf8.decode(ByteBuffer.wrap(buf, from, n)).toString();
        } catch (CharacterCodingException e) {
            throw refuse("malformed UTF-8");
        }
    }

    /** The length of the JSON number at the cursor (RFC 8259 grammar), followed by a delimiter. */
    private int number() throws IOException {
        int k = 0;
        if (byteAt(k) == '-') k++;
        if (byteAt(k) == '0') k++;
        else if (digit(byteAt(k))) k = digits(k);
        else throw refuse("a bad number");
        if (byteAt(k) == '.') {
            if (!digit(byteAt(k + 1))) throw refuse("a bad fraction");
            k = digits(k + 1);
        }
        if (byteAt(k) == 'e' || byteAt(k) == 'E') {
            k++;
            if (byteAt(k) == '+' || byteAt(k) == '-') k++;
            if (!digit(byteAt(k))) throw refuse("a bad exponent");
            k = digits(k);
        }
        if (k > MAX_NUMBER) throw refuse("a long number");
        if (!delimiter(byteAt(k))) throw refuse("a number followed by text");
        return k;
    }

    /** The offset of the first byte from {@code k} on that is no digit: eight bytes at a time while in the buffer. */
    private int digits(int k) throws IOException {
        while (pos + k + Long.BYTES <= len) {
            long others = notDigits(Swar.word(buf, pos + k));
            if (others != 0) return k + (Long.numberOfTrailingZeros(others) >>> 3);
            k += Long.BYTES;
        }
        while (digit(byteAt(k))) k++;
        return k;
    }

    /** Marks the bytes of {@code w} that are no ASCII digit: a high bit, or not {@code >= '0'} and below ':'. */
    static long notDigits(long w) {
        long low = w & Swar.LOW7;
        long digits = low + Swar.ones(0x80 - '0') & ~(low + Swar.ones(0x80 - ':'));
        return (w | ~digits) & Swar.HIGH;
    }

    private static boolean digit(int b) {
        return b >= '0' && b <= '9';
    }

    private static boolean delimiter(int b) {
        return b == ',' || b == ']' || b == '}' || b == ' ' || b == '\n' || b == '\r' || b == '\t' || b == -1;
    }

    private boolean literal(String word) throws IOException {
        int n = word.length();
        if (!available(n)) return false;
        for (int i = 0; i < n; i++) {
            if (buf[pos + i] != word.charAt(i)) return false;
        }
        if (!delimiter(byteAt(n))) throw refuse("a literal followed by text");
        pos += n;
        return true;
    }

    /** The byte at offset {@code k} from the cursor, or -1 past the end. */
    private int byteAt(int k) throws IOException {
        if (pos + k < len) return buf[pos + k];
        return available(k + 1) ? buf[pos + k] : -1;
    }

    /**
     * Whether {@code n} bytes from the cursor are in the buffer, reading more as needed; the unread bytes move to
     * the front first, so offsets from the cursor stay valid but {@code pos} changes: never write
     * {@code pos += f()} with an {@code f} that reads, since Java reads {@code pos} before calling {@code f}.
     */
    private boolean available(int n) throws IOException {
        if (pos + n <= len) return true;
        if (n > MAX_TOKEN) throw refuse("a token longer than " + MAX_TOKEN + " bytes");
        if (n > buf.length) buf = Arrays.copyOf(buf, Math.min(MAX_TOKEN, Math.max(n, 2 * buf.length)));
        System.arraycopy(buf, pos, buf, 0, len - pos);
        len -= pos;
        pos = 0;
        while (len < n && !ended) {
            int got = in.read(buf, len, buf.length - len);
            if (got < 0) ended = true;
            else len += got;
        }
        return len >= n;
    }

    void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    ScanRefusedException refuse(String why) {
        return new ScanRefusedException(why);
    }
}
