package org.custos.cli.lists;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.custos.lists.format.EntryReader;
import org.custos.lists.format.EntryWriter;
import org.custos.lists.format.FormatOptions;
import org.custos.lists.format.ListFormat;
import org.custos.lists.terminology.Scheme;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code custos lists convert}: one format to another, streaming, labels translated through the crosswalk. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Convert a list between formats in one streaming pass (constant memory).",
        footer = {"", "Formats: csv, jsonl, lines, vics, ncmec, stopncii, hma.", "", "Examples:",
            "  custos lists convert --from vics --scheme projectvic-us-v2 --to csv \\", "      export.json list.csv",
            "  custos lists convert --from ncmec --scheme us-industry --to vics \\", "      --to-scheme projectvic-us-v2 page.xml out.json",
            "  custos lists convert --from lines --type pdq --to hma hashes.txt bank.csv"})
final class ConvertCommand extends ListsSubcommand {
    @Option(names = "--from", required = true, paramLabel = "FORMAT", description = "format of the input")
    String from;

    @Option(names = "--to", required = true, paramLabel = "FORMAT", description = "format of the output")
    String to;

    @Option(names = "--to-scheme", paramLabel = "SCHEME",
            description = "scheme of the labels written (default: the input's); a label with no single equivalent is an error")
    String toScheme;

    @ArgGroup(exclusive = false)
    FormatArgs format = new FormatArgs();

    @Parameters(index = "0", paramLabel = "IN")
    Path in;

    @Parameters(index = "1", paramLabel = "OUT")
    Path out;

    @Override
    void run() throws IOException {
        FormatOptions read = format.options(in);
        FormatOptions write = toScheme == null ? read.withSource(out.toString())
                : read.withSource(out.toString()).withScheme(Scheme.ofToken(toScheme));
        Progress progress = new Progress(spec.commandLine().getErr(), "entries converted");
        try (InputStream input = Files.newInputStream(in);
             EntryReader reader = ListFormat.ofToken(from).reader(input, read);
             OutputStream output = Files.newOutputStream(out);
             EntryWriter writer = ListFormat.ofToken(to).writer(output, write)) {
            while (reader.hasNext()) {
                writer.write(reader.next());
                progress.tick();
            }
        }
        err(String.format("%,d entries converted from %s to %s", progress.count(), from, to));
    }
}
