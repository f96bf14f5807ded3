package org.custos.video;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Finds {@code /work/shared}-style reference data beside the checkout; tests skip, saying so, where it is absent. */
public final class SharedData {
    private static final List<String> ROOTS = List.of("../shared", "../../shared");

    private SharedData() {
    }

    /** The shared file or folder at {@code relative}, or the test is skipped with the reason printed. */
    public static Path require(String relative) {
        for (String root : ROOTS) {
            Path candidate = Path.of(root).resolve(relative);
            if (Files.exists(candidate)) {
                return candidate.normalize();
            }
        }
        String reason = "skipped: shared reference data " + relative + " not found under " + ROOTS
                + " from " + Path.of("").toAbsolutePath();
        System.out.println(reason);
        assumeTrue(false, reason);
        throw new AssertionError("unreachable");
    }

    public static Path sampleVideos() {
        return require("pdq-vectors/tmk/sample-videos");
    }

    public static Path vpdqReference() {
        return require("pdq-vectors/vpdq/sample-hashes");
    }

    public static Path tmkReference() {
        return require("pdq-vectors/tmk/sample-hashes");
    }
}
