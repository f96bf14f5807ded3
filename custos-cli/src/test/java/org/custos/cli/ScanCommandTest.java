package org.custos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.custos.hash.ImageHasher;
import org.custos.hash.PdqHash;
import org.custos.lists.Entry;
import org.custos.lists.EntryStatus;
import org.custos.lists.SignalType;
import org.custos.lists.format.EntryWriter;
import org.custos.lists.format.FormatOptions;
import org.custos.lists.format.ListFormat;
import org.custos.lists.terminology.Scheme;
import org.custos.video.VpdqJson;
import org.custos.video.VpdqText;
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

    @Test
    void videosMatchTheListsVpdqEntriesWithTheirPercentagesAndWithdrawnOnesNever() throws IOException {
        Path videos = MatchCommandTest.shared("pdq-vectors/tmk/sample-videos");
        Path hashes = MatchCommandTest.shared("pdq-vectors/vpdq/sample-hashes");
        Path list = dir.resolve("videos.jsonl");
        try (EntryWriter out = ListFormat.JSONL.writer(Files.newOutputStream(list),
                FormatOptions.of(list.toString(), Scheme.UNCLASSIFIED))) {
            out.write(videoEntry("chair-19", hashes.resolve("chair-19-sd-bar.txt"), EntryStatus.ACTIVE));
            out.write(videoEntry("doorknob", hashes.resolve("doorknob-hd-no-bar.txt"), EntryStatus.ACTIVE));
            out.write(videoEntry("chair-19-withdrawn", hashes.resolve("chair-19-sd-bar.txt"), EntryStatus.WITHDRAWN));
        }
        MatchCommandTest.MatchRun run = MatchCommandTest.MatchRun.of("scan", "--from", "jsonl", "--list",
                list.toString(), videos.resolve("chair-19-sd-bar.mp4").toString());
        assertThat(run.exitCode()).isZero();
        // One frame a second of a 30 frames/s video hits 15.69 % of the listed video's frames, collapsed.
        assertThat(run.out()).singleElement().asString()
                .isEqualTo("{\"path\": \"" + videos.resolve("chair-19-sd-bar.mp4")
                        + "\", \"entry\": \"chair-19\", \"query_percent\": 100.00, \"listed_percent\": 15.69}");
    }

    private static Entry videoEntry(String id, Path referenceHashes, EntryStatus status) throws IOException {
        String frames = VpdqJson.format(VpdqText.parse(Files.readString(referenceHashes)));
        return Entry.builder(id).signal(SignalType.VPDQ, frames).status(status).build();
    }

    @Test
    void tmkFilesMatchTheListsTmkPdqfEntriesAtBothLevels() throws IOException {
        Path tmks = MatchCommandTest.shared("pdq-vectors/tmk/sample-hashes");
        Path list = dir.resolve("tmk.jsonl");
        try (EntryWriter out = ListFormat.JSONL.writer(Files.newOutputStream(list),
                FormatOptions.of(list.toString(), Scheme.UNCLASSIFIED))) {
            for (String name : List.of("chair-19-sd-bar", "doorknob-hd-no-bar")) {
                String base64 = Base64.getEncoder().encodeToString(Files.readAllBytes(tmks.resolve(name + ".tmk")));
                out.write(Entry.builder(name).signal(SignalType.TMK_PDQF, base64).build());
            }
        }
        Path query = tmks.resolve("chair-19-sd-bar.tmk");
        MatchCommandTest.MatchRun run = MatchCommandTest.MatchRun.of("scan", "--from", "jsonl", "--list",
                list.toString(), query.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).singleElement().asString().isEqualTo("{\"path\": \"" + query
                + "\", \"entry\": \"chair-19-sd-bar\", \"level1\": 1.0000, \"level2\": 1.0000}");
    }
}
