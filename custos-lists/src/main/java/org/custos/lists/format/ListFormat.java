package org.custos.lists.format;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;
import org.custos.InvalidValueException;

/**
 * The file formats Custos reads and writes, by the names the CLI and the server use. Readers and writers
 * stream: memory does not grow with the number of entries.
 */
public enum ListFormat {
    /** Plain CSV with a header naming columns (see {@code CsvColumns}). */
    CSV("csv"),
    /** JSON Lines, one canonical entry per line: lossless. */
    JSONL("jsonl"),
    /** One hash per line. */
    LINES("lines"),
    /** Project VIC VICS JSON 1.x and 2.0. */
    VICS("vics"),
    /** NCMEC hash-sharing v2 XML. */
    NCMEC("ncmec"),
    /** StopNCII fetch-hashes JSON. */
    STOPNCII("stopncii"),
    /** HMA / ThreatExchange bank CSV. */
    HMA("hma");

    private final String token;

    ListFormat(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }

    public static ListFormat ofToken(String token) {
        String t = token == null ? "" : token.trim().toLowerCase(Locale.ROOT);
        for (ListFormat f : values()) {
            if (f.token.equals(t)) return f;
        }
        throw new InvalidValueException("unknown list format '" + token + "'; known: "
                + java.util.Arrays.stream(values()).map(ListFormat::token).toList());
    }

    public EntryReader reader(InputStream in, FormatOptions options) {
        return switch (this) {
            case CSV -> new CsvReader(in, options);
            case JSONL -> new JsonLinesReader(in, options);
            case LINES -> new HashLinesReader(in, options);
            case VICS -> new VicsReader(in, options);
            case NCMEC -> new NcmecReader(in, options);
            case STOPNCII -> new StopNciiReader(in, options);
            case HMA -> new HmaCsvReader(in, options);
        };
    }

    /** A writer; closing it finishes the document and closes {@code out}. */
    public EntryWriter writer(OutputStream out, FormatOptions options) {
        return switch (this) {
            case CSV -> new CsvWriter(out, options);
            case JSONL -> new JsonLinesWriter(out);
            case LINES -> new HashLinesWriter(out, options);
            case VICS -> new VicsWriter(out, options);
            case NCMEC -> new NcmecWriter(out, options);
            case STOPNCII -> new StopNciiWriter(out);
            case HMA -> new HmaCsvWriter(out);
        };
    }
}
