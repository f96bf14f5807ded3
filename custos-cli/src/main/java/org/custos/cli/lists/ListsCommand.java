package org.custos.cli.lists;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code custos lists}: hash lists in every format, snapshots, and signed releases. */
@Command(name = "lists", mixinStandardHelpOptions = true,
        description = "Convert, import and export hash lists; build, sign and verify releases.",
        subcommands = {ConvertCommand.class, ImportCommand.class, ExportCommand.class, DiffCommand.class,
            KeygenCommand.class, SignCommand.class, VerifyCommand.class},
        footer = {"", "A publisher's round:", "  custos lists import --from csv --scheme uk new.csv --out v2.jsonl",
            "  custos lists diff --list l.list --version 2 --old v1.jsonl --new v2.jsonl \\", "      --out r2",
            "  custos lists sign --key hotline.key r2",
            "A subscriber's:",
            "  custos lists verify --trust my.trust --snapshot v1.jsonl --at 1 r2 --out \\", "      v2.jsonl"})
public final class ListsCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
