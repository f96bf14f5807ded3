package org.custos.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.custos.InvalidValueException;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.Stream;
import org.custos.index.DigestIndex.Layout;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class DigestIndexTest {
    static Stream<Arguments> layoutsAndTypes() {
        return Stream.of(Layout.values()).flatMap(l -> Stream.of(DigestType.values()).map(t -> Arguments.of(l, t)));
    }

    @ParameterizedTest
    @MethodSource("layoutsAndTypes")
    void findsExactlyTheEntriesOfADigestAndNothingForOthers(Layout layout, DigestType type) {
        SplittableRandom random = new SplittableRandom(type.ordinal());
        Map<String, List<DigestMatch>> oracle = new HashMap<>();
        DigestIndex.Builder builder = DigestIndex.builder(type).layout(layout);
        List<String> added = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            String hex = i % 10 == 0 && !added.isEmpty() ? added.get(random.nextInt(added.size()))
                    : randomHex(random, type);
            added.add(hex);
            builder.add(i % 3 == 0 ? hex.toUpperCase() : hex, i, i % 4);
            oracle.computeIfAbsent(hex, k -> new ArrayList<>()).add(new DigestMatch(i, i % 4));
        }
        DigestIndex index = builder.build();
        assertThat(index.size()).isEqualTo(20_000);
        for (String hex : added) {
            assertThat(index.lookup(hex)).isEqualTo(oracle.get(hex));
        }
        for (int i = 0; i < 2000; i++) {
            String other = randomHex(random, type);
            assertThat(index.lookup(other)).isEqualTo(oracle.getOrDefault(other, List.of()));
        }
    }

    @Test
    void anEmptyIndexFindsNothing() {
        assertThat(DigestIndex.builder(DigestType.MD5).build().lookup("d41d8cd98f00b204e9800998ecf8427e")).isEmpty();
    }

    @Test
    void aMalformedDigestIsRejectedNamingIt() {
        DigestIndex index = DigestIndex.builder(DigestType.SHA1).build();
        assertThatThrownBy(() -> index.lookup("abc")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("SHA1 digest is 40 hex characters, got 3");
        assertThatThrownBy(() -> index.lookup("z".repeat(40))).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("'zzzz");
    }

    private static String randomHex(SplittableRandom random, DigestType type) {
        byte[] bytes = new byte[type.bytes()];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
