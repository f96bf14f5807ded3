package org.custos.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code custos bench}: end-to-end benchmarks that print one JSON summary line each. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmark a component; prints one JSON line.",
        subcommands = {BenchIndexCommand.class})
final class BenchCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
