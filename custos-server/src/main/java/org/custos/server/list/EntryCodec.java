package org.custos.server.list;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.custos.InvalidValueException;
import org.custos.lists.Entry;
import org.custos.lists.format.EntryJson;
import org.custos.lists.format.EntryReader;
import org.custos.lists.format.FormatOptions;
import org.custos.lists.format.ListFormat;
import org.custos.lists.terminology.Scheme;

/** Entries to and from custos-lists' canonical JSON, the form the entry table stores. */
public final class EntryCodec {
    private EntryCodec() {
    }

    public static String toJson(Entry entry) {
        StringBuilder out = new StringBuilder(256);
        EntryJson.write(entry, out);
        return out.toString();
    }

    /** Exactly one entry from its JSON; the source name appears in any error. */
    public static Entry fromJson(String json, Scheme scheme, String source) {
        byte[] line = json.replace('\n', ' ').getBytes(StandardCharsets.UTF_8);
        try (EntryReader reader = ListFormat.JSONL.reader(new ByteArrayInputStream(line),
                FormatOptions.of(source, scheme))) {
            if (!reader.hasNext()) {
                throw new InvalidValueException(source + " holds no entry");
            }
            return reader.next();
        }
    }
}
