package org.custos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatchCommandTest {
    private static final String A = "f".repeat(64);
    private static final String B = "f".repeat(63) + "0";
    private static final String C = "0".repeat(64);

    @TempDir
    Path dir;

    @Test
    void printsOneJsonLinePerMatchWithFileIdsOrLineNumbers() throws IOException {
        Path list = Files.writeString(dir.resolve("list.csv"), "id,hash\n7," + A + "\nabc," + C + "\n");
        Path queries = Files.writeString(dir.resolve("q.txt"), B + "\n\n" + C.toUpperCase() + "\n");
        MatchRun run = MatchRun.of("match", "--list", list.toString(), "--queries", queries.toString(), "--radius", "4");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsExactly("{\"query\": 1, \"entry\": 7, \"distance\": 4}",
                "{\"query\": 3, \"entry\": \"abc\", \"distance\": 0}");
    }

    @Test
    void aMalformedLineIsAnErrorNamingFileAndLine() throws IOException {
        Path list = Files.writeString(dir.resolve("list.txt"), A + "\nnot-a-hash\n");
        MatchRun run = MatchRun.of("match", "--list", list.toString(), "--queries", list.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).singleElement().asString().startsWith("custos match: " + list + ":2: ")
                .contains("64 hex characters");
    }

    @Test
    void aRadiusOutOfRangeIsRefused() throws IOException {
        Path list = Files.writeString(dir.resolve("list.txt"), A + "\n");
        MatchRun run = MatchRun.of("match", "--list", list.toString(), "--queries", list.toString(), "--radius", "65");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).singleElement().asString().contains("radius must be between 0 and 64, was 65");
    }

    @Test
    void reproducesMetasNeedlesAgainstTheHaystack() throws IOException {
        Path input = shared("pdq-vectors/pdq/data/reg-test-input");
        Path expected = shared("pdq-vectors/expected/needles-vs-haystack-bruteforce.csv");
        MatchRun run = MatchRun.of("match", "--list", input.resolve("haystack.txt").toString(),
                "--queries", input.resolve("needles.txt").toString(), "--radius", "63");
        List<String> want = Files.readAllLines(expected).stream().skip(1).map(l -> l.split(","))
                .map(c -> MatchJson.match(c[0], c[2], Integer.parseInt(c[4]))).sorted().toList();
        assertThat(run.out().stream().sorted().toList()).isEqualTo(want);
    }

    static Path shared(String relative) {
        Path found = Stream.of("../shared", "../../shared").map(b -> Path.of(b).resolve(relative))
                .filter(Files::exists).findFirst().orElse(null);
        Assumptions.assumeTrue(found != null, "shared test data absent: " + relative);
        return found;
    }

    record MatchRun(int exitCode, List<String> out, List<String> err) {
        static MatchRun of(String... args) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Main.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
            return new MatchRun(code, out.toString().lines().toList(), err.toString().lines().toList());
        }
    }
}
