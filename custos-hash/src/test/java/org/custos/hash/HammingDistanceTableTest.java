package org.custos.hash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every needle x haystack pair within 63 bits, against the brute-force ground truth (352 pairs). */
class HammingDistanceTableTest {
    @Test
    void reproducesTheBruteForceDistanceTable() throws IOException {
        Path input = SharedData.pdqVectors().resolve("pdq/data/reg-test-input");
        List<PdqHash> needles = hashes(input.resolve("needles.txt"));
        List<PdqHash> haystack = hashes(input.resolve("haystack.txt"));
        Set<String> actual = new HashSet<>();
        for (int n = 0; n < needles.size(); n++) {
            for (int h = 0; h < haystack.size(); h++) {
                int d = needles.get(n).distance(haystack.get(h));
                if (d <= 63) {
                    actual.add((n + 1) + "," + (h + 1) + "," + d);
                }
            }
        }
        Set<String> expected = new HashSet<>();
        for (var row : SharedData.csv(SharedData.pdqVectors().resolve("expected/needles-vs-haystack-bruteforce.csv"))) {
            expected.add(row.get("needle_line") + "," + row.get("haystack_line") + "," + row.get("hamming_distance"));
        }
        assertThat(expected).hasSize(352);
        assertThat(actual).isEqualTo(expected);
    }

    private static List<PdqHash> hashes(Path file) throws IOException {
        return Files.readAllLines(file).stream().map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> PdqHash.parse(s.split("[ ,]")[0])).toList();
    }
}
