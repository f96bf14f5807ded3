package org.custos.cli.lists;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Consumer;
import org.custos.lists.release.Change;
import org.custos.lists.release.ListRelease;
import org.custos.lists.release.ReleaseWriter;
import org.custos.lists.release.SortedSnapshots;
import org.custos.lists.release.SortedSnapshots.DiffResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code custos lists diff}: the release that turns one snapshot into the next, in canonical form. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Write the release that turns one snapshot into the next.",
            "Release --version N holds the changes from the --old snapshot (none for version 1) to the --new one,",
            "in the canonical form that 'sign' signs."},
        footer = {"", "List file: key = value lines id, owner, jurisdiction, name, purpose (known_csam,",
            "exploitative_not_illegal, allowlist), scheme, sharing (owner_only, competent_authorities,",
            "authorities_and_hotlines, vetted_providers, any_subscriber).", "", "Examples:",
            "  custos lists diff --list hotline.list --version 1 --new v1.jsonl --out \\", "      r1.release",
            "  custos lists diff --list hotline.list --version 2 --old v1.jsonl --new \\", "      v2.jsonl --out r2.release"})
final class DiffCommand extends ListsSubcommand {
    @Option(names = "--list", required = true, paramLabel = "FILE", description = "the list's description")
    Path list;

    @Option(names = "--version", required = true, paramLabel = "N", description = "version of the new release")
    long version;

    @Option(names = "--old", paramLabel = "SNAPSHOT", description = "snapshot of version N-1 (absent for N = 1)")
    Path old;

    @Option(names = "--new", required = true, paramLabel = "SNAPSHOT", description = "snapshot of version N")
    Path next;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "release body to write")
    Path out;

    @Override
    void run() throws IOException {
        Snapshots before = Snapshots.of(old);
        Snapshots after = Snapshots.of(next);
        DiffResult counted = diff(before, after, c -> { });
        ListRelease header = new ListRelease(ListFile.read(list), version, counted.olderDigest(),
                counted.newerDigest(), Instant.now(), counted.added(), counted.changed(), counted.removed());
        String sha;
        try (OutputStream o = Files.newOutputStream(out); ReleaseWriter w = new ReleaseWriter(o, header)) {
            diff(before, after, w::write);
            sha = w.finish();
        }
        out(String.format("{\"version\": %d, \"added\": %d, \"changed\": %d, \"removed\": %d, \"snapshot\": \"%s\", \"sha256\": \"%s\"}",
                version, header.added(), header.changed(), header.removed(), header.snapshotDigest(), sha));
    }

    private static DiffResult diff(Snapshots before, Snapshots after, Consumer<Change> sink) {
        return before.withEntries(a -> after.withEntries(b -> SortedSnapshots.diff(a, b, sink)));
    }
}
