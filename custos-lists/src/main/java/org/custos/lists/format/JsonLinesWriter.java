package org.custos.lists.format;

import java.io.OutputStream;
import org.custos.lists.Entry;

/** Writes one canonical entry object per line. */
final class JsonLinesWriter extends TextWriter {
    private final StringBuilder line = new StringBuilder(512);

    JsonLinesWriter(OutputStream out) {
        super(out);
    }

    @Override
    public void write(Entry entry) {
        line.setLength(0);
        EntryJson.write(entry, line);
        line.append('\n');
        emit(line);
    }
}
