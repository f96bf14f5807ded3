package org.custos.cli.lists;

import java.nio.file.Path;
import org.custos.lists.SignalType;
import org.custos.lists.format.FormatOptions;
import org.custos.lists.terminology.Scheme;
import picocli.CommandLine.Option;

/** The options shared by commands that read a list file: scheme of its labels and hash type of bare lines. */
public final class FormatArgs {
    @Option(names = "--scheme", defaultValue = "unclassified", paramLabel = "SCHEME",
            description = "classification scheme of the labels read: uk, us-industry, projectvic-us-v2, dhs-legacy, "
                    + "interpol-baseline, inhope, c3p, eu-dsa, custos, unclassified (default: ${DEFAULT-VALUE})")
    String scheme;

    @Option(names = "--type", paramLabel = "TYPE",
            description = "signal type of one-hash-per-line input: md5, sha1, sha256, pdq... (default: by length)")
    String type;

    public FormatOptions options(Path file) {
        return new FormatOptions(file.toString(), Scheme.ofToken(scheme), type == null ? null : SignalType.ofToken(type),
                null);
    }
}
