package org.custos.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.custos.CustosException;
import org.custos.Preconditions;
import org.custos.hash.HashOptions;
import org.custos.hash.ImageException;
import org.custos.hash.ImageHash;
import org.custos.hash.ImageHasher;
import org.custos.hash.PdqHash;
import org.custos.index.Match;
import org.custos.index.PdqIndex;
import org.custos.lists.format.ListFormat;
import org.custos.video.VideoSniffer;
import org.custos.video.match.VpdqMatchPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code custos scan}: hashes image and video files and folders and prints only their matches, one JSON line each,
 * in path order. A file that matches nothing leaves no trace in the output; one that cannot be hashed is named on
 * stderr. Videos are sampled at one frame a second and matched against the list's vPDQ entries, each of which is
 * indexed with every frame (sampling both sides sparsely would lose matches to the phase offset between them).
 */
@Command(name = "scan", mixinStandardHelpOptions = true,
        description = {"Hash image and video files and folders (recursively) and match them against a list; prints "
                + "{\"path\": P, \"entry\": ID, \"distance\": D, \"quality\": Q} per image match and "
                + "{\"path\": P, \"entry\": ID, \"query_percent\": Q, \"listed_percent\": L} per video match, "
                + "{\"path\": P, \"entry\": ID, \"level1\": S1, \"level2\": S2} per .tmk file match.",
            "The list is a PDQ file (one hash per line, or id,hash CSV), or with --from a list in any custos-lists "
                + "format (its PDQ, vPDQ and tmk_pdqf signals; withdrawn and deleted entries never match).",
            "Exit status: 0 when every file was hashed, 1 when any failed, 2 on a usage error."})
final class ScanCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--list", required = true, paramLabel = "FILE",
            description = "the list: one PDQ hex per line, or id,hash CSV")
    Path list;

    @Option(names = "--radius", defaultValue = "31", paramLabel = "R",
            description = "largest Hamming distance that matches, 0-64 (default: ${DEFAULT-VALUE})")
    int radius;

    @Option(names = "--dihedral", description = "also match rotated and flipped copies (all 8 variants)")
    boolean dihedral;

    @Option(names = "--from", paramLabel = "FORMAT",
            description = "read --list in this custos-lists format: csv, jsonl, lines, vics, ncmec, stopncii, hma")
    String from;

    @picocli.CommandLine.Mixin
    org.custos.cli.lists.FormatArgs formatArgs;

    @Option(names = "--video-query-percent", defaultValue = "80", paramLabel = "PQ",
            description = "a video matches when at least PQ %% of its sampled frames match (default: ${DEFAULT-VALUE})")
    double queryPercent;

    @Option(names = "--video-listed-percent", defaultValue = "0", paramLabel = "PC",
            description = "... and at least PC %% of the listed video's frames are matched (default: ${DEFAULT-VALUE})")
    double listedPercent;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "image files or folders")
    List<Path> paths;

    @Override
    public Integer call() {
        try {
            Preconditions.checkRange(radius, 0, PdqIndex.MAX_RADIUS, "radius");
            VpdqMatchPolicy policy = new VpdqMatchPolicy(VpdqMatchPolicy.DEFAULT.distance(), queryPercent,
                    listedPercent);
            try (ScanList scanList = from == null ? ScanList.plain(list)
                    : ScanList.read(list, ListFormat.ofToken(from), formatArgs.options(list));
                 PdqIndex index = MatchIndexes.of(scanList.images())) {
                return run(scanList, index, policy, spec.commandLine().getOut()) ? 0 : 1;
            }
        } catch (CustosException e) {
            spec.commandLine().getErr().println("custos scan: " + e.getMessage());
            return 2;
        }
    }

    private boolean run(ScanList scanList, PdqIndex index, VpdqMatchPolicy policy, PrintWriter out) {
        HashFiles found = HashFiles.of(paths);
        PrintWriter err = spec.commandLine().getErr();
        found.errors().forEach((path, problem) -> err.println("custos scan: " + path + ": " + problem));
        HashOptions options = HashOptions.DEFAULTS.withDihedral(dihedral);
        ThreadLocal<ImageHasher> hashers = ThreadLocal.withInitial(() -> new ImageHasher(options));
        VideoScanner videos = new VideoScanner(scanList.videos(), policy);
        TmkScanner tmks = new TmkScanner(scanList.tmks());
        List<ScanResult> results = new ArrayList<>(found.files().entrySet()).parallelStream().map(file -> {
            String path = file.getKey();
            Path p = file.getValue();
            return VideoSniffer.isVideo(p) ? videos.scan(path, p)
                    : TmkScanner.isTmk(p) ? tmks.scan(path, p)
                    : scan(file, hashers.get(), index, scanList.images());
        }).toList();
        boolean allHashed = found.errors().isEmpty();
        for (ScanResult result : results) {
            allHashed &= result.print(out, err);
        }
        out.flush();
        err.flush();
        return allHashed;
    }

    private ScanResult scan(Map.Entry<String, Path> file, ImageHasher hasher, PdqIndex index, MatchInput entries) {
        try {
            ImageHash hash = hasher.hash(file.getValue());
            List<PdqHash> variants = hash.dihedral().map(d -> List.copyOf(d.hashes().values()))
                    .orElse(List.of(hash.pdq().hash()));
            List<Match> matches = variants.size() == 1 ? index.query(variants.getFirst(), radius)
                    : index.queryAny(variants, radius);
            int quality = hash.pdq().quality();
            return ScanResult.matched(file.getKey(), matches.stream().map(m -> ScanResult.prefix(file.getKey(),
                    entries.jsonId((int) m.entry().id())) + ", \"distance\": " + m.distance() + ", \"quality\": "
                    + quality + "}").toList());
        } catch (CustosException e) {
            return ScanResult.failed(file.getKey(), e instanceof ImageException i ? i.problem() : e.getMessage());
        }
    }
}
