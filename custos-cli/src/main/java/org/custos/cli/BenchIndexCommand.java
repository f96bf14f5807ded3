package org.custos.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.custos.CustosException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code custos bench index}: builds a PDQ index, times single and concurrent queries and the brute-force scan. */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = "Build a PDQ index (synthetic or from files), time queries, print one JSON summary line.")
final class BenchIndexCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @ArgGroup(exclusive = false)
        Synthetic synthetic;

        @ArgGroup(exclusive = false)
        Files files;
    }

    static final class Synthetic {
        @Option(names = "--size", required = true, paramLabel = "N", description = "entries to generate")
        int size;

        @Option(names = "--dataset", defaultValue = "uniform", paramLabel = "uniform|clustered",
                description = "uniform random codes, or families of near-duplicates at 0-40 bits from a base")
        BenchDataset dataset;
    }

    static final class Files {
        @Option(names = "--list", required = true, paramLabel = "FILE") Path list;
        @Option(names = "--queries", required = true, paramLabel = "FILE") Path queries;
    }

    @Option(names = "--radius", defaultValue = "31", paramLabel = "R") int radius;

    @Option(names = "--threads", paramLabel = "T", description = "threads for the concurrent run (default: cores)")
    Integer threads;

    @Option(names = "--query-count", defaultValue = "2000", paramLabel = "Q",
            description = "synthetic queries: half near-copies of entries, half random (default: ${DEFAULT-VALUE})")
    int queryCount;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S") long seed;

    @Option(names = "--snapshot", paramLabel = "FILE",
            description = "also write the index to FILE and time mapping it back (snapshot_write_ms, reopen_ms)")
    Path snapshot;

    @Override
    public Integer call() {
        try {
            BenchWorkload workload = source.synthetic != null
                    ? BenchWorkload.synthetic(source.synthetic.size, source.synthetic.dataset, queryCount, seed)
                    : BenchWorkload.files(MatchInput.read(source.files.list), MatchInput.read(source.files.queries));
            int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
            spec.commandLine().getOut().println(new BenchIndexRun(workload, radius, t, snapshot).run().toJson());
            spec.commandLine().getOut().flush();
            return 0;
        } catch (CustosException e) {
            spec.commandLine().getErr().println("custos bench index: " + e.getMessage());
            return 2;
        }
    }
}
