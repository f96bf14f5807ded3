package org.custos.lists.imports;

import java.nio.charset.StandardCharsets;
import org.custos.lists.Hex;

/** Reads what {@link SpoolOutput} wrote, from an array window; the spool checks the window's bounds. */
final class SpoolInput {
    private byte[] bytes;
    private int pos;
    private int end;

    void window(byte[] b, int from, int to) {
        bytes = b;
        pos = from;
        end = to;
    }

    boolean done() {
        return pos == end;
    }

    int get() {
        check(1);
        return bytes[pos++] & 0xFF;
    }

    long getVarLong() {
        long v = 0;
        for (int shift = 0; ; shift += 7) {
            int b = get();
            v |= (long) (b & 0x7F) << shift;
            if (b < 0x80) return v;
            if (shift > 56) throw new IllegalStateException("a varint in the spool is too long");
        }
    }

    int getVarInt() {
        return Math.toIntExact(getVarLong());
    }

    String getString() {
        int n = getVarInt();
        check(n);
        String s = new String(bytes, pos, n, StandardCharsets.UTF_8);
        pos += n;
        return s;
    }

    /** {@code n} bytes as {@code 2n} lower-case hex digits. */
    String getHex(int n) {
        check(n);
        String hex = Hex.of(bytes, pos, n);
        pos += n;
        return hex;
    }

    private void check(int n) {
        if (n < 0 || pos + n > end) throw new IllegalStateException("a spooled entry ends early");
    }
}
