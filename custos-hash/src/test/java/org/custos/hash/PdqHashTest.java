package org.custos.hash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.custos.InvalidValueException;
import org.junit.jupiter.api.Test;

class PdqHashTest {
    private static final String HEX = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22";

    @Test
    void roundTripsHexAndAcceptsUpperCase() {
        assertThat(PdqHash.parse(HEX).toHex()).isEqualTo(HEX);
        assertThat(PdqHash.parse(HEX.toUpperCase())).isEqualTo(PdqHash.parse(HEX));
        assertThat(PdqHash.ZERO.toHex()).isEqualTo("0".repeat(64));
    }

    @Test
    void bitZeroIsTheLeastSignificantBitOfTheLastHexDigit() {
        PdqHash h = PdqHash.parse("0".repeat(63) + "1");
        assertThat(h.bit(0)).isTrue();
        assertThat(h.bitCount()).isEqualTo(1);
        PdqHash top = PdqHash.parse("8" + "0".repeat(63));
        assertThat(top.bit(255)).isTrue();
        assertThat(top.w0()).isEqualTo(Long.MIN_VALUE);
    }

    @Test
    void distanceCountsDifferingBits() {
        PdqHash a = PdqHash.parse(HEX);
        assertThat(a.distance(a)).isZero();
        assertThat(a.distance(PdqHash.ZERO)).isEqualTo(a.bitCount());
        PdqHash ones = PdqHash.parse("f".repeat(64));
        assertThat(ones.distance(PdqHash.ZERO)).isEqualTo(256);
    }

    @Test
    void rejectsWrongLengthAndNonHex() {
        assertThatThrownBy(() -> PdqHash.parse(HEX.substring(1)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("got 63");
        assertThatThrownBy(() -> PdqHash.parse("g" + HEX.substring(1)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("'g' at position 1");
        assertThatThrownBy(() -> PdqHash.parse(null)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void ordersAsUnsignedIntegers() {
        assertThat(PdqHash.parse("f".repeat(64))).isGreaterThan(PdqHash.parse("0".repeat(63) + "1"));
    }
}
