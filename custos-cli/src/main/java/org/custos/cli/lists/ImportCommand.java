package org.custos.cli.lists;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.custos.lists.format.EntryWriter;
import org.custos.lists.format.FormatOptions;
import org.custos.lists.format.ListFormat;
import org.custos.lists.imports.ByteSource;
import org.custos.lists.imports.ImportSummary;
import org.custos.lists.imports.ListImporter;
import org.custos.lists.imports.ValidatedImport;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code custos lists import}: validates a whole file (all or nothing) and writes it as a Custos snapshot. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Validate a list file whole, all or nothing.",
            "Every record is checked and no id or hash may repeat; prints a summary and, with --out, writes the",
            "entries as Custos JSON Lines only if the whole file is valid."},
        footer = {"", "Examples:", "  custos lists import --from csv --scheme uk hotline.csv --out hotline.jsonl",
            "  custos lists import --from vics --scheme dhs-legacy old-export.json"})
final class ImportCommand extends ListsSubcommand {
    @Option(names = "--from", required = true, paramLabel = "FORMAT", description = "format of the input")
    String from;

    @Option(names = "--out", paramLabel = "FILE", description = "where to write the validated entries (JSON Lines)")
    Path out;

    @ArgGroup(exclusive = false)
    FormatArgs format = new FormatArgs();

    @Parameters(index = "0", paramLabel = "IN")
    Path in;

    @Override
    void run() throws IOException {
        FormatOptions options = format.options(in);
        ValidatedImport validated = new ListImporter().validate(ByteSource.of(in), ListFormat.ofToken(from), options);
        ImportSummary s = validated.summary();
        String byStatus = s.byStatus().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .map(e -> "\"" + e.getKey() + "\": " + e.getValue()).collect(java.util.stream.Collectors.joining(", "));
        out(String.format("{\"source\": \"%s\", \"entries\": %d, \"signals\": %d, \"byStatus\": {%s}, \"sha256\": \"%s\"}",
                in.getFileName(), s.entries(), s.signals(), byStatus, s.sha256()));
        if (out == null) return;
        Progress progress = new Progress(spec.commandLine().getErr(), "entries written");
        try (OutputStream o = Files.newOutputStream(out); EntryWriter w = ListFormat.JSONL.writer(o, options)) {
            validated.forEach(e -> {
                w.write(e);
                progress.tick();
            });
        }
    }
}
