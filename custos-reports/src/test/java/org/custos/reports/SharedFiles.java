package org.custos.reports;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Finds {@code /work/shared} from the module directory; skips the test with a reason when it is absent. */
public final class SharedFiles {
    private SharedFiles() {
    }

    public static Path resolve(String relative) {
        for (String base : new String[] {"../shared", "../../shared"}) {
            Path p = Path.of(base).resolve(relative);
            if (Files.exists(p)) return p;
        }
        Assumptions.abort("shared test data not found: ../shared/" + relative + " or ../../shared/" + relative);
        throw new AssertionError("unreachable");
    }
}
