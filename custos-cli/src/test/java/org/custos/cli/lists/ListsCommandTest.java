package org.custos.cli.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.custos.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A publisher's and a subscriber's round through {@code custos lists}, on hashes of benign bridge photos. */
class ListsCommandTest {
    private static final String CSV = """
            id,md5,pdq,classification,status
            bridge-orig,D35C785545392755E7E4164457657269,f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22,A,ACTIVE
            bridge-blur,69b0834fac1477a4397a0be6b6e55c1a,f8f8f0cee0f4a84f06370a2a038f63f0b36e26d596621e1d33e6b39c4e9c9b22,B,ACTIVE
            bridge-contrast,46053895b4e81cc881d03edac4af5020,f8f8f0cee0f4a84f06370a2a068f67f0b36e26d596621e1d33e6339c4e9c9b22,C,ACTIVE
            """;
    private static final String LIST = """
            id = bridges
            owner = Example Hotline
            jurisdiction = GB
            name = Bridge sample list
            purpose = known_csam
            scheme = uk
            sharing = vetted_providers
            """;

    @TempDir
    Path dir;

    record Run(int exitCode, List<String> out, List<String> err) {
        static Run of(String... args) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine cli = new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true);
            cli.setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
            int code = cli.execute(args);
            return new Run(code, out.toString().lines().toList(), err.toString().lines().toList());
        }
    }

    private String path(String name) {
        return dir.resolve(name).toString();
    }

    @Test
    void publishSignVerifyAndApplyTwoReleases() throws IOException {
        Files.writeString(dir.resolve("v1.csv"), CSV);
        Files.writeString(dir.resolve("v2.csv"), CSV.replace("B,ACTIVE", "B,WITHDRAWN"));
        Files.writeString(dir.resolve("bridges.list"), LIST);
        Run keygen = Run.of("lists", "keygen", "--publisher", "Example Hotline", "--out", path("hotline.key"));
        assertThat(keygen.exitCode()).isZero();
        Files.write(dir.resolve("sub.trust"), keygen.out());
        assertThat(Files.readString(dir.resolve("hotline.key.pub"))).doesNotContain("private:");

        Run imported = Run.of("lists", "import", "--from", "csv", "--scheme", "uk", path("v1.csv"), "--out", path("v1.jsonl"));
        assertThat(imported.out()).singleElement().asString().contains("\"entries\": 3");
        Run.of("lists", "import", "--from", "csv", "--scheme", "uk", path("v2.csv"), "--out", path("v2.jsonl"));
        assertThat(Run.of("lists", "diff", "--list", path("bridges.list"), "--version", "1", "--new", path("v1.jsonl"),
                "--out", path("r1")).exitCode()).isZero();
        Run diff2 = Run.of("lists", "diff", "--list", path("bridges.list"), "--version", "2", "--old", path("v1.jsonl"),
                "--new", path("v2.jsonl"), "--out", path("r2"));
        assertThat(diff2.out()).singleElement().asString().contains("\"added\": 0, \"changed\": 1, \"removed\": 0");
        assertThat(Run.of("lists", "sign", "--key", path("hotline.key"), path("r1")).exitCode()).isZero();
        assertThat(Run.of("lists", "sign", "--key", path("hotline.key"), path("r2")).exitCode()).isZero();

        Run first = Run.of("lists", "verify", "--trust", path("sub.trust"), path("r1"), "--out", path("s1.jsonl"));
        assertThat(first.exitCode()).as(first.err().toString()).isZero();
        Run second = Run.of("lists", "verify", "--trust", path("sub.trust"), "--snapshot", path("s1.jsonl"), "--at", "1",
                path("r2"), "--out", path("s2.jsonl"));
        assertThat(second.out()).singleElement().asString().contains("\"version\": 2");
        assertThat(Files.readString(dir.resolve("s2.jsonl"))).isEqualTo(Files.readString(dir.resolve("v2.jsonl")).lines()
                .sorted().reduce("", (a, b) -> a + b + "\n"));

        Run replay = Run.of("lists", "verify", "--trust", path("sub.trust"), "--snapshot", path("s2.jsonl"), "--at", "2",
                path("r2"), "--out", path("s3.jsonl"));
        assertThat(replay.exitCode()).isEqualTo(1);
        Run wrongParent = Run.of("lists", "verify", "--trust", path("sub.trust"), "--snapshot", path("s2.jsonl"), "--at", "1",
                path("r2"), "--out", path("s3.jsonl"));
        assertThat(wrongParent.err()).singleElement().asString().contains("release refused (parent mismatch)");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).doesNotContain("s3.jsonl")
                    .noneMatch(n -> n.startsWith(".custos-"));
        }
        assertThat(replay.err()).singleElement().asString().startsWith("custos lists verify: release refused (replayed)");

        Files.writeString(dir.resolve("r1"), Files.readString(dir.resolve("r1")).replace("\"label\":\"A\"", "\"label\":\"C\""));
        Run tampered = Run.of("lists", "verify", "--trust", path("sub.trust"), path("r1"));
        assertThat(tampered.exitCode()).isEqualTo(1);
        assertThat(tampered.err()).singleElement().asString().contains("release refused (tampered)");
    }

    @Test
    void convertAndExportWithAPolicy() throws IOException {
        Files.writeString(dir.resolve("v1.csv"), CSV.replace("C,ACTIVE", "C,DISPUTED"));
        Run convert = Run.of("lists", "convert", "--from", "csv", "--scheme", "uk", "--to", "jsonl", path("v1.csv"), path("v1.jsonl"));
        assertThat(convert.err()).containsExactly("3 entries converted from csv to jsonl");
        Files.writeString(dir.resolve("p"), "ignore-disputed = true\n");
        Run export = Run.of("lists", "export", "--to", "lines", "--type", "md5", "--policy", path("p"), path("v1.jsonl"), path("md5.txt"));
        assertThat(export.err()).containsExactly("2 of 3 entries exported");
        assertThat(Files.readAllLines(dir.resolve("md5.txt"))).containsExactly("d35c785545392755e7e4164457657269",
                "69b0834fac1477a4397a0be6b6e55c1a");
    }

    @Test
    void badInputNamesFileRecordFieldAndValue() throws IOException {
        Files.writeString(dir.resolve("bad.csv"), CSV.replace(",C,", ",Q,"));
        Run run = Run.of("lists", "import", "--from", "csv", "--scheme", "uk", path("bad.csv"), "--out", path("never.jsonl"));
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).singleElement().asString().startsWith("custos lists import: " + path("bad.csv")
                + ", record 4, field 'classification', value 'Q': unknown label 'Q' in classification scheme uk");
        assertThat(dir.resolve("never.jsonl")).doesNotExist();
        Files.writeString(dir.resolve("good.csv"), CSV);
        Run crosswalk = Run.of("lists", "convert", "--from", "csv", "--scheme", "uk", "--to", "ncmec", "--to-scheme",
                "us-industry", path("good.csv"), path("x.xml"));
        assertThat(crosswalk.exitCode()).isEqualTo(2);
        assertThat(crosswalk.err()).singleElement().asString().contains("uk A (ambiguous: [A1, B1])");
    }

    @Test
    void helpShowsExamples() {
        Run help = Run.of("lists", "convert", "--help");
        assertThat(String.join("\n", help.out())).contains("Examples:", "--from vics --scheme projectvic-us-v2");
    }
}
