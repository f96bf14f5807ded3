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
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code custos scan}: hashes image files and folders and prints only their matches, one JSON line each, in path
 * order. A file that matches nothing leaves no trace in the output; one that cannot be hashed is named on stderr.
 */
@Command(name = "scan", mixinStandardHelpOptions = true,
        description = {"Hash image files and folders (recursively) and match them against a PDQ list; prints "
                + "{\"path\": P, \"entry\": ID, \"distance\": D, \"quality\": Q} per match.",
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

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "image files or folders")
    List<Path> paths;

    @Override
    public Integer call() {
        try {
            Preconditions.checkRange(radius, 0, PdqIndex.MAX_RADIUS, "radius");
            MatchInput entries = MatchInput.read(list);
            try (PdqIndex index = MatchIndexes.of(entries)) {
                return run(entries, index, spec.commandLine().getOut()) ? 0 : 1;
            }
        } catch (CustosException e) {
            spec.commandLine().getErr().println("custos scan: " + e.getMessage());
            return 2;
        }
    }

    private boolean run(MatchInput entries, PdqIndex index, PrintWriter out) {
        HashFiles found = HashFiles.of(paths);
        PrintWriter err = spec.commandLine().getErr();
        found.errors().forEach((path, problem) -> err.println("custos scan: " + path + ": " + problem));
        HashOptions options = HashOptions.DEFAULTS.withDihedral(dihedral);
        ThreadLocal<ImageHasher> hashers = ThreadLocal.withInitial(() -> new ImageHasher(options));
        List<ScanResult> results = new ArrayList<>(found.files().entrySet()).parallelStream()
                .map(file -> scan(file, hashers.get(), index)).toList();
        boolean allHashed = found.errors().isEmpty();
        for (ScanResult result : results) {
            allHashed &= result.print(entries, out, err);
        }
        out.flush();
        err.flush();
        return allHashed;
    }

    private ScanResult scan(Map.Entry<String, Path> file, ImageHasher hasher, PdqIndex index) {
        try {
            ImageHash hash = hasher.hash(file.getValue());
            List<PdqHash> variants = hash.dihedral().map(d -> List.copyOf(d.hashes().values()))
                    .orElse(List.of(hash.pdq().hash()));
            List<Match> matches = variants.size() == 1 ? index.query(variants.getFirst(), radius)
                    : index.queryAny(variants, radius);
            return new ScanResult(file.getKey(), hash.pdq().quality(), matches, null);
        } catch (CustosException e) {
            String problem = e instanceof ImageException i ? i.problem() : e.getMessage();
            return new ScanResult(file.getKey(), 0, List.of(), problem);
        }
    }
}
