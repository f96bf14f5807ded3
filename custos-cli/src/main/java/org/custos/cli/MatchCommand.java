package org.custos.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.custos.CustosException;
import org.custos.hash.PdqHash;
import org.custos.index.Match;
import org.custos.index.PdqIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code custos match}: every (query, entry) pair within the radius, one JSON line each, queries in file order. */
@Command(name = "match", mixinStandardHelpOptions = true,
        description = "Match PDQ hashes against a list; prints {\"query\": ID, \"entry\": ID, \"distance\": D} "
                + "per match.")
final class MatchCommand implements Callable<Integer> {
    private static final int BATCH = 512;

    @Spec
    CommandSpec spec;

    @Option(names = "--list", required = true, paramLabel = "FILE",
            description = "the list: one PDQ hex per line, or id,hash CSV")
    Path list;

    @Option(names = "--queries", required = true, paramLabel = "FILE",
            description = "the hashes to look up, same formats (ids are 1-based line numbers when absent)")
    Path queries;

    @Option(names = "--radius", defaultValue = "31", paramLabel = "R",
            description = "largest Hamming distance that matches, 0-64 (default: ${DEFAULT-VALUE})")
    int radius;

    @Override
    public Integer call() {
        try {
            return run(spec.commandLine().getOut());
        } catch (CustosException e) {
            spec.commandLine().getErr().println("custos match: " + e.getMessage());
            return 2;
        }
    }

    private int run(PrintWriter out) {
        MatchInput entries = MatchInput.read(list);
        MatchInput lookups = MatchInput.read(queries);
        try (PdqIndex index = MatchIndexes.of(entries)) {
            for (int from = 0; from < lookups.hashes().size(); from += BATCH) {
                int to = Math.min(lookups.hashes().size(), from + BATCH);
                List<List<Match>> answers = index.queryBatch(lookups.hashes().subList(from, to), radius);
                for (int q = from; q < to; q++) {
                    for (Match m : answers.get(q - from)) {
                        out.println(MatchJson.match(lookups.jsonId(q), entries.jsonId((int) m.entry().id()),
                                m.distance()));
                    }
                }
            }
        }
        out.flush();
        return 0;
    }
}
