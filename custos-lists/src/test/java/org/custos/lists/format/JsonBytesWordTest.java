package org.custos.lists.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteOrder;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The scanner's eight-bytes-at-once tests (plain string bytes, digits) mark exactly the bytes the byte loops stop at. */
class JsonBytesWordTest {
    @Property(tries = 5000)
    void notPlainMarksTheBytesTheByteLoopStopsAt(@ForAll("words") byte[] word) {
        long w = java.nio.ByteBuffer.wrap(word).order(ByteOrder.LITTLE_ENDIAN).getLong();
        long expected = 0;
        for (int i = 0; i < Long.BYTES; i++) {
            int b = word[i] & 0xFF;
            boolean plain = b >= 0x20 && b < 0x80 && b != '"' && b != '\\';
            if (!plain) expected |= 0x80L << (8 * i);
        }
        assertThat(JsonBytes.notPlain(w)).isEqualTo(expected);
    }

    @Property(tries = 5000)
    void notDigitsMarksTheBytesThatAreNoDigit(@ForAll("words") byte[] word) {
        long w = java.nio.ByteBuffer.wrap(word).order(ByteOrder.LITTLE_ENDIAN).getLong();
        long expected = 0;
        for (int i = 0; i < Long.BYTES; i++) {
            if (word[i] < '0' || word[i] > '9') expected |= 0x80L << (8 * i);
        }
        assertThat(JsonBytes.notDigits(w)).isEqualTo(expected);
    }

    /** Eight bytes, mostly near the edges: control characters, quote, backslash, DEL, high bytes, any byte. */
    @Provide
    Arbitrary<byte[]> words() {
        Arbitrary<Byte> edges = Arbitraries.of((byte) 0, (byte) 0x1F, (byte) 0x20, (byte) '"', (byte) '\\',
                (byte) 0x21, (byte) 0x5B, (byte) 0x5D, (byte) 0x7F, (byte) 0x80, (byte) 0x9F, (byte) 0xA2,
                (byte) 0xDC, (byte) 0xFF, (byte) 'a', (byte) '0', (byte) '9', (byte) '/', (byte) ':', (byte) 0xB0,
                (byte) 0xB9, (byte) 0xBA);
        return Arbitraries.oneOf(edges, Arbitraries.bytes()).array(byte[].class).ofSize(Long.BYTES);
    }
}
