package org.custos.hash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Meta's reference vectors: {@code cpp_fullres} is the C++ reference on full-resolution decoded pixels (the pure
 * algorithm), the values Custos must reproduce; Python-library values cover grey+alpha, 16-bit and RGBA files.
 */
class ReferenceHashesTest {
    private static final ImageHasher HASHER = new ImageHasher();

    static Stream<Named<Map<String, String>>> computed() {
        Path table = SharedData.pdqVectors().resolve("expected/computed-pdq-hashes.csv");
        return SharedData.csv(table).stream()
                .filter(row -> !row.get("cpp_fullres_hash").equals("ERROR"))
                .map(row -> Named.of(row.get("image"), row));
    }

    @ParameterizedTest
    @MethodSource("computed")
    void threeChannelJpegAndPngMatchTheCppReferenceExactly(Map<String, String> row) throws IOException {
        Path file = SharedData.pdqVectors().resolve(row.get("image"));
        PdqResult expected = new PdqResult(PdqHash.parse(row.get("cpp_fullres_hash")),
                Integer.parseInt(row.get("cpp_fullres_quality")));
        Assumptions.assumeFalse(ImageChannels.sixteenBitPng(file),
                "16-bit grey follows Meta's Python library (PIL clips to 0..255), not libpng's scaling: see below");
        PdqResult actual = HASHER.hash(file).pdq();
        if (ImageChannels.of(file) == 3) {
            assertThat(actual).isEqualTo(expected);
        } else if (expected.quality() >= 80) {
            assertThat(actual.hash().distance(expected.hash())).as("distance to %s", expected).isLessThanOrEqualTo(10);
        }
    }

    static Stream<Named<Map<String, String>>> statedForPythonLibrary() {
        Path table = SharedData.pdqVectors().resolve("expected/repo-stated-pdq-hashes.csv");
        return SharedData.csv(table).stream()
                .filter(row -> row.get("implementation").startsWith("python-threatexchange"))
                .filter(row -> row.get("comparison").startsWith("exact"))
                .map(row -> Named.of(row.get("image") + " (" + row.get("stated_in") + ")", row));
    }

    @ParameterizedTest
    @MethodSource("statedForPythonLibrary")
    void greyAlphaSixteenBitAndRgbaAgreeWithMetasPythonLibrary(Map<String, String> row) {
        PdqResult actual = HASHER.hash(SharedData.pdqVectors().resolve(row.get("image"))).pdq();
        assertThat(actual.hash()).isEqualTo(PdqHash.parse(row.get("expected_hash")));
        if (!row.get("expected_quality").isEmpty()) {
            assertThat(actual.quality()).isEqualTo(Integer.parseInt(row.get("expected_quality")));
        }
    }

    static Stream<Path> pillowModes() throws IOException {
        try (Stream<Path> files = Files.list(SharedData.pdqVectors().resolve("pdq/data/misc-images/modes"))) {
            return files.filter(p -> !p.toString().endsWith(".md")).sorted().toList().stream();
        }
    }

    /** The bridge saved in every Pillow mode (CMYK JPEG, WebP, palette, 1-bit...) stays near the original. */
    @ParameterizedTest
    @MethodSource("pillowModes")
    void everyPillowModeOfTheBridgeDecodesNearTheOriginal(Path file) {
        PdqHash original = HASHER.hash(SharedData.pdqVectors().resolve("pdq/data/misc-images/modes/original.jpg"))
                .pdq().hash();
        PdqResult actual = HASHER.hash(file).pdq();
        assertThat(actual.quality()).isGreaterThanOrEqualTo(80);
        int limit = List.of("HSV.webp", "LAB.webp").contains(file.getFileName().toString()) ? 128 : 10;
        assertThat(actual.hash().distance(original)).isLessThanOrEqualTo(limit);
    }
}
