package org.custos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.custos.hash.ImageHasher;
import org.custos.hash.PdqHash;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scans Meta's benign bridge photos against a list holding the original's hash. */
class ScanCommandTest {
    @TempDir
    Path dir;

    @Test
    void printsMatchesOfEditedCopiesAndOnlyThem() throws IOException {
        Path mods = MatchCommandTest.shared("pdq-vectors/pdq/data/bridge-mods");
        Path other = MatchCommandTest.shared("pdq-vectors/pdq/data/reg-test-input/labelme-subset");
        PdqHash original = new ImageHasher().hash(mods.resolve("aaa-orig.jpg")).pdq().hash();
        Path list = Files.writeString(dir.resolve("list.csv"), "id,hash\n42," + original.toHex() + "\n");
        MatchCommandTest.MatchRun run = MatchCommandTest.MatchRun.of("scan", "--list", list.toString(),
                mods.toString(), other.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isNotEmpty().allSatisfy(line -> assertThat(line).contains(mods.toString())
                .contains("\"entry\": 42"));
        assertThat(run.out()).anySatisfy(line -> assertThat(line)
                .startsWith("{\"path\": \"" + mods.resolve("aaa-orig.jpg") + "\", \"entry\": 42, \"distance\": 0,"));
    }

    @Test
    void aFileThatIsNoImageIsNamedOnStderrWithExitOne() throws IOException {
        Path list = Files.writeString(dir.resolve("list.txt"), "0".repeat(64) + "\n");
        Path junk = Files.writeString(dir.resolve("junk.bin"), "not an image");
        MatchCommandTest.MatchRun run = MatchCommandTest.MatchRun.of("scan", "--list", list.toString(), junk.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).singleElement().asString().startsWith("custos scan: " + junk + ": ");
    }
}
