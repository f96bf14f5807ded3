package org.custos.reports.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SegmentsTest {
    private final DataKey key = DataKey.generate();

    @ParameterizedTest
    @ValueSource(ints = {0, 1, Segments.SIZE - 1, Segments.SIZE, Segments.SIZE + 1, 3 * Segments.SIZE + 7})
    void roundTripsEverySizeAroundTheSegmentBoundaries(int size) throws IOException {
        byte[] plain = random(size);
        byte[] sealed = seal(plain, "item-1");
        assertThat(Segments.open(key, "item-1", new ByteArrayInputStream(sealed)).readAllBytes()).isEqualTo(plain);
        int segments = size / Segments.SIZE + 1;
        assertThat(sealed).hasSize(Segments.HEADER + size + segments * Segments.TAG);
    }

    @Test
    void alteredTruncatedExtendedOrReorderedCiphertextFails() {
        byte[] sealed = seal(random(2 * Segments.SIZE + 100), "item-1");
        byte[] flipped = sealed.clone();
        flipped[Segments.HEADER + 5] ^= 1;
        assertThatThrownBy(() -> open(flipped, "item-1")).isInstanceOf(VaultException.class)
                .hasMessageContaining("segment 0 fails authentication");
        int twoSegments = Segments.HEADER + 2 * (Segments.SIZE + Segments.TAG);
        assertThatThrownBy(() -> open(Arrays.copyOf(sealed, twoSegments), "item-1")).isInstanceOf(VaultException.class);
        assertThatThrownBy(() -> open(Arrays.copyOf(sealed, sealed.length - 1), "item-1")).isInstanceOf(VaultException.class);
        byte[] longer = Arrays.copyOf(sealed, sealed.length + 1);
        assertThatThrownBy(() -> open(longer, "item-1")).hasMessageContaining("segment 2 fails authentication");
        byte[] appendedSegment = Arrays.copyOf(sealed, sealed.length + Segments.SIZE + Segments.TAG);
        assertThatThrownBy(() -> open(appendedSegment, "item-1")).isInstanceOf(VaultException.class);
        byte[] swapped = sealed.clone();
        int s = Segments.SIZE + Segments.TAG;
        System.arraycopy(sealed, Segments.HEADER + s, swapped, Segments.HEADER, s);
        System.arraycopy(sealed, Segments.HEADER, swapped, Segments.HEADER + s, s);
        assertThatThrownBy(() -> open(swapped, "item-1")).hasMessageContaining("segment 0 fails authentication");
    }

    @Test
    void anotherItemIdOrKeyCannotOpenIt() {
        byte[] sealed = seal(random(100), "item-1");
        assertThatThrownBy(() -> open(sealed, "item-2")).hasMessageContaining("fails authentication");
        assertThatThrownBy(() -> Segments.open(DataKey.generate(), "item-1", new ByteArrayInputStream(sealed)).readAllBytes())
                .hasMessageContaining("fails authentication");
        assertThatThrownBy(() -> open(new byte[] {1, 2, 3}, "item-1")).hasMessageContaining("not a Custos vault ciphertext");
    }

    @Test
    void decryptionStreamsOneSegmentAtATime() throws IOException {
        byte[] sealed = seal(random(10 * Segments.SIZE), "big");
        long[] consumed = {0};
        InputStream counting = new FilterInputStream(new ByteArrayInputStream(sealed)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n > 0) consumed[0] += n;
                return n;
            }
        };
        InputStream plain = Segments.open(key, "big", counting);
        assertThat(plain.read()).isNotNegative();
        assertThat(consumed[0]).isLessThanOrEqualTo(Segments.HEADER + Segments.SIZE + Segments.TAG);
    }

    private byte[] seal(byte[] plain, String itemId) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SealedItem item = Segments.seal(key, itemId, new ByteArrayInputStream(plain), out);
        assertThat(item.size()).isEqualTo(plain.length);
        return out.toByteArray();
    }

    private byte[] open(byte[] sealed, String itemId) throws IOException {
        return Segments.open(key, itemId, new ByteArrayInputStream(sealed)).readAllBytes();
    }

    private static byte[] random(int n) {
        byte[] b = new byte[n];
        new Random(n).nextBytes(b);
        return b;
    }
}
