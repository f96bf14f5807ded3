package org.custos.lists.imports;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.custos.lists.Hex;

/** A growable byte array that one record of a spool is encoded into: varints, strings, raw bytes. */
final class SpoolOutput {
    private byte[] bytes = new byte[512];
    private int size;

    void reset() {
        size = 0;
    }

    int size() {
        return size;
    }

    byte[] bytes() {
        return bytes;
    }

    void put(int b) {
        room(1);
        bytes[size++] = (byte) b;
    }

    /** An unsigned LEB128 varint: seven bits a byte, least significant first. */
    void putVarLong(long v) {
        room(10);
        while ((v & ~0x7FL) != 0) {
            bytes[size++] = (byte) (v & 0x7F | 0x80);
            v >>>= 7;
        }
        bytes[size++] = (byte) v;
    }

    /** A string as its UTF-8 length and bytes. */
    void putString(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        putVarLong(b.length);
        room(b.length);
        System.arraycopy(b, 0, bytes, size, b.length);
        size += b.length;
    }

    /** Checked hex of even length as its bytes, two digits a byte: the digits taken as one Latin-1 copy. */
    void putHex(String hex) {
        byte[] digits = hex.getBytes(StandardCharsets.ISO_8859_1);
        int n = digits.length >>> 1;
        room(n);
        Hex.pack(digits, n, bytes, size);
        size += n;
    }

    private void room(int n) {
        if (size + n > bytes.length) bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + n));
    }
}
