package org.custos.index;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Finds a file under the shared test data beside the checkout, or skips the test saying why. */
final class SharedData {
    private SharedData() {
    }

    static Path require(String relative) {
        Path found = Stream.of("../shared", "../../shared")
                .map(base -> Path.of(base).resolve(relative))
                .filter(Files::isRegularFile)
                .findFirst().orElse(null);
        assumeTrue(found != null, "shared test data absent: " + relative + " under ../shared or ../../shared");
        return found;
    }
}
