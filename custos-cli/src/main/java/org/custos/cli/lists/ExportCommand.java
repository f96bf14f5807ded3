package org.custos.cli.lists;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.custos.lists.Entry;
import org.custos.lists.format.EntryWriter;
import org.custos.lists.format.FormatOptions;
import org.custos.lists.format.ListFormat;
import org.custos.lists.policy.AcceptancePolicy;
import java.io.InputStream;
import org.custos.lists.format.EntryReader;
import org.custos.lists.terminology.Scheme;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code custos lists export}: a snapshot to any format, optionally only the entries a policy accepts. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export a snapshot (Custos JSON Lines) in another format, streaming, in the snapshot's order.",
        footer = {"", "Policy file: key = value lines: min-attestations, min-jurisdictions, baseline-only,",
            "ignore-disputed, categories (common category names).", "", "Examples:",
            "  custos lists export --to ncmec --scheme us-industry snapshot.jsonl \\", "      entries.xml",
            "  custos lists export --to lines --type pdq --policy two-eyes.policy \\", "      snapshot.jsonl active-pdq.txt"})
final class ExportCommand extends ListsSubcommand {
    @Option(names = "--to", required = true, paramLabel = "FORMAT", description = "format of the output")
    String to;

    @Option(names = "--scheme", defaultValue = "unclassified", paramLabel = "SCHEME",
            description = "scheme of the labels written (default: ${DEFAULT-VALUE}, no labels)")
    String scheme;

    @Option(names = "--type", paramLabel = "TYPE", description = "for --to lines: which signal to write")
    String type;

    @Option(names = "--policy", paramLabel = "FILE", description = "export only the entries this acceptance policy accepts")
    Path policy;

    @Parameters(index = "0", paramLabel = "SNAPSHOT")
    Path in;

    @Parameters(index = "1", paramLabel = "OUT")
    Path out;

    @Override
    void run() throws IOException {
        AcceptancePolicy accept = policy == null ? AcceptancePolicy.ALL : AcceptancePolicy.parse(Files.readString(policy));
        FormatOptions options = new FormatOptions(out.toString(), Scheme.ofToken(scheme),
                type == null ? null : org.custos.lists.SignalType.ofToken(type), null);
        Progress progress = new Progress(spec.commandLine().getErr(), "entries read");
        long written = 0;
        try (InputStream i = Files.newInputStream(in);
             EntryReader r = ListFormat.JSONL.reader(i, FormatOptions.of(in.toString(), Scheme.UNCLASSIFIED));
             OutputStream o = Files.newOutputStream(out);
             EntryWriter w = ListFormat.ofToken(to).writer(o, options)) {
            while (r.hasNext()) {
                Entry e = r.next();
                progress.tick();
                if (policy != null && !accept.accepts(e)) continue;
                w.write(e);
                written++;
            }
        }
        err(String.format("%,d of %,d entries exported", written, progress.count()));
    }
}
