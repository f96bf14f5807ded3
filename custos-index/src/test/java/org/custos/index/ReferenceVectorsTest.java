package org.custos.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.custos.hash.PdqHash;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Meta's needles and haystack (ThreatExchange pdq/data/reg-test-input): every index path must reproduce the
 * brute-force pairs of {@code expected/needles-vs-haystack-bruteforce.csv} exactly (ids are line numbers).
 */
class ReferenceVectorsTest {
    private static final String INPUT = "pdq-vectors/pdq/data/reg-test-input/";
    private static final int CSV_RADIUS = 63;

    private static List<PdqHash> haystack;
    private static List<PdqHash> needles;
    private static List<String> expected;

    @BeforeAll
    static void load() throws IOException {
        haystack = hashes(SharedData.require(INPUT + "haystack.txt"));
        needles = hashes(SharedData.require(INPUT + "needles.txt"));
        expected = Files.readAllLines(SharedData.require("pdq-vectors/expected/needles-vs-haystack-bruteforce.csv"))
                .stream().skip(1).filter(l -> !l.isBlank()).sorted().toList();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 12, 16, 32})
    void eachSegmentLayoutReproducesTheBruteForcePairs(int slots) {
        Rows rows = Rows.allocate(haystack.size());
        for (int i = 0; i < haystack.size(); i++) {
            PdqHash h = haystack.get(i);
            rows.set(i, i + 1, h.w0(), h.w1(), h.w2(), h.w3(), 0);
        }
        Segment segment = SegmentTest.alwaysIndexed(SegmentBuilder.merge(List.of(new Segment(rows, haystack.size(),
                null, new Tombstones(haystack.size()))), slots == 0 ? null : SlotLayout.of(slots)));
        List<List<Match>> answers = new ArrayList<>();
        for (PdqHash needle : needles) {
            answers.add(SegmentTest.answers(segment, needle, CSV_RADIUS));
        }
        assertThat(pairs(answers)).isEqualTo(expected);
    }

    @Test
    void theIndexReproducesThemOneByOneAndInABatch() {
        try (PdqIndex index = PdqIndex.create()) {
            for (int i = 0; i < haystack.size(); i++) {
                index.add(new Entry(i + 1, haystack.get(i), 0));
            }
            List<List<Match>> single = needles.stream().map(n -> index.query(n, CSV_RADIUS)).toList();
            assertThat(pairs(single)).isEqualTo(expected);
            index.compact();
            assertThat(pairs(index.queryBatch(needles, CSV_RADIUS))).isEqualTo(expected);
        }
    }

    @Test
    void atTheDefaultRadiusEveryNeedleFindsItsNearCopies() {
        PdqIndex.Builder builder = PdqIndex.builder();
        for (int i = 0; i < haystack.size(); i++) {
            builder.add(i + 1, haystack.get(i), 0);
        }
        try (PdqIndex index = builder.build()) {
            long within31 = expected.stream().filter(l -> Integer.parseInt(l.substring(l.lastIndexOf(',') + 1)) <= 31)
                    .count();
            assertThat(needles.stream().mapToLong(n -> index.query(n).size()).sum()).isEqualTo(within31);
        }
    }

    private static List<String> pairs(List<List<Match>> answers) {
        List<String> out = new ArrayList<>();
        for (int n = 0; n < answers.size(); n++) {
            for (Match m : answers.get(n)) {
                out.add((n + 1) + "," + needles.get(n).toHex() + "," + m.entry().id() + ","
                        + m.entry().hash().toHex() + "," + m.distance());
            }
        }
        out.sort(null);
        return out;
    }

    private static List<PdqHash> hashes(Path file) throws IOException {
        return Files.readAllLines(file).stream().map(String::strip).filter(l -> !l.isEmpty()).map(PdqHash::parse)
                .toList();
    }
}
