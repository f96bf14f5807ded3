package org.custos.lists;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Tests on eight bytes at once, in one long (SWAR: SIMD within a register), for the byte loops of readers and
 * checks. A long holds bytes little-endian, so the first byte is the lowest and a mark's byte is
 * {@code numberOfTrailingZeros(mark) / 8}. The tests mark a byte by setting its high bit. The rule that makes
 * them exact: in a byte whose high bit is clear, adding at most {@code 0x80} cannot carry into the next byte,
 * and adding {@code 0x80 - c} sets the high bit exactly when the byte is {@code >= c}.
 */
public final class Swar {
    public static final long HIGH = 0x8080808080808080L;
    public static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INTS = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

    private Swar() {
    }

    /** The eight bytes from {@code at}, the first lowest. */
    public static long word(byte[] b, int at) {
        return (long) LONGS.get(b, at);
    }

    /** Stores the low four bytes of {@code w} from {@code at}, the lowest first. */
    public static void putHalfWord(byte[] b, int at, long w) {
        INTS.set(b, at, (int) w);
    }

    /** {@code b} in every byte. */
    public static long ones(int b) {
        return 0x0101010101010101L * b;
    }

    /** Marks the bytes that are zero, exactly (no borrow from one byte to the next). */
    public static long zeroBytes(long x) {
        return ~((x & LOW7) + LOW7 | x | LOW7);
    }

    /** Marks the bytes equal to {@code c}. */
    public static long equalBytes(long w, int c) {
        return zeroBytes(w ^ ones(c));
    }

    /** Marks the bytes whose low seven bits are below {@code c} ({@code c <= 0x80}), whatever their high bit. */
    public static long lowBelow(long w, int c) {
        return ~((w & LOW7) + ones(0x80 - c)) & HIGH;
    }
}
