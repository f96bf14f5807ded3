package org.custos.bench.hash;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The benign reference photos the hashing benchmarks use, from Meta's PDQ vectors beside the checkout. */
final class BenchImages {
    /** The bridge photo, 1600x1004 (1.6 MP). */
    static final String BRIDGE = "pdq/data/bridge-mods/aaa-orig.jpg";
    /** A phone photo, 4032x3024 (12.2 MP). */
    static final String PHONE = "pdq/data/reg-test-input/exif-rotn/exif-rotn-1.jpg";

    private BenchImages() {
    }

    static byte[] read(String relative) {
        try {
            return Files.readAllBytes(vectors().resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path vectors() {
        String configured = System.getProperty("custos.pdqVectors");
        List<Path> candidates = configured != null ? List.of(Path.of(configured))
                : List.of(Path.of("../shared/pdq-vectors"), Path.of("../../shared/pdq-vectors"));
        return candidates.stream().filter(Files::isDirectory).findFirst().orElseThrow(() -> new IllegalStateException(
                "pdq-vectors not found at " + candidates + " (set -Dcustos.pdqVectors=DIR)"));
    }
}
