package org.custos.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.custos.index.DigestIndex.Layout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Both layouts against a brute-force scan of the added rows, on digests chosen to stress the probing table: first
 * words at the ends of the range, many rows sharing a first word with different rest, the same digest under several
 * entries, and clusters of nearby first words that push runs past their home slots and off the table's end.
 */
class DigestLayoutTest {
    private static final long[] EDGE_WORDS = {0, 1, 2, -1, -2, Long.MIN_VALUE, Long.MAX_VALUE};

    static Stream<Arguments> layoutsAndTypes() {
        return Stream.of(Layout.values()).flatMap(l -> Stream.of(DigestType.values()).map(t -> Arguments.of(l, t)));
    }

    @ParameterizedTest
    @MethodSource("layoutsAndTypes")
    void answersEqualABruteForceScanOnAdversarialDigests(Layout layout, DigestType type) {
        for (int seed = 0; seed < 60; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            List<byte[]> rows = new ArrayList<>();
            int n = seed < 4 ? seed : random.nextInt(400);
            DigestIndex.Builder builder = DigestIndex.builder(type).layout(layout);
            for (int i = 0; i < n; i++) {
                byte[] digest = i > 0 && random.nextInt(5) == 0 ? rows.get(random.nextInt(i)) : digest(random, type);
                rows.add(digest);
                builder.add(digest.clone(), 1000L * seed + i, i % 7);
            }
            DigestIndex index = builder.build();
            for (byte[] probe : probes(random, type, rows)) {
                assertThat(index.lookup(probe)).as("seed %d, %s", seed, Arrays.toString(probe))
                        .isEqualTo(bruteForce(rows, probe, seed));
            }
        }
    }

    /** Every added digest, each with a first or last word one off, and fresh ones. */
    private static List<byte[]> probes(SplittableRandom random, DigestType type, List<byte[]> rows) {
        List<byte[]> probes = new ArrayList<>();
        for (byte[] row : rows) {
            probes.add(row);
            probes.add(withWord(row, 0, DigestWords.word(row, 0) + 1));
            probes.add(withWord(row, 0, DigestWords.word(row, 0) - 1));
            probes.add(withLastByte(row, (byte) (row[row.length - 1] + 1)));
        }
        for (int i = 0; i < 200; i++) {
            probes.add(digest(random, type));
        }
        return probes;
    }

    private static List<DigestMatch> bruteForce(List<byte[]> rows, byte[] probe, int seed) {
        List<DigestMatch> found = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (Arrays.equals(rows.get(i), probe)) {
                found.add(new DigestMatch(1000L * seed + i, i % 7));
            }
        }
        return found;
    }

    /** A first word from the edges, a tight cluster or anywhere, and a rest from a small pool or anywhere. */
    private static byte[] digest(SplittableRandom random, DigestType type) {
        byte[] digest = new byte[type.bytes()];
        random.nextBytes(digest);
        long first = switch (random.nextInt(4)) {
            case 0 -> EDGE_WORDS[random.nextInt(EDGE_WORDS.length)];
            case 1 -> 0x4000_0000_0000_0000L + random.nextInt(64);
            case 2 -> -1L - random.nextInt(64);
            default -> random.nextLong();
        };
        digest = withWord(digest, 0, first);
        return random.nextBoolean() ? withLastByte(digest, (byte) random.nextInt(3)) : digest;
    }

    private static byte[] withWord(byte[] digest, int word, long value) {
        byte[] copy = digest.clone();
        ByteBuffer.wrap(copy).putLong(8 * word, value);
        return copy;
    }

    private static byte[] withLastByte(byte[] digest, byte value) {
        byte[] copy = digest.clone();
        copy[copy.length - 1] = value;
        return copy;
    }
}
