package org.custos.cli.lists;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.custos.lists.Entry;
import org.custos.lists.format.EntryReader;
import org.custos.lists.format.EntryWriter;
import org.custos.lists.format.FormatOptions;
import org.custos.lists.format.ListFormat;
import org.custos.lists.release.Snapshot;
import org.custos.lists.terminology.Scheme;

/** Snapshots on disk are Custos JSON Lines, written in id order. */
final class Snapshots {
    private Snapshots() {
    }

    static Snapshot read(Path file) throws IOException {
        if (file == null) return new Snapshot();
        List<Entry> entries = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file);
             EntryReader r = ListFormat.JSONL.reader(in, FormatOptions.of(file.toString(), Scheme.UNCLASSIFIED))) {
            r.forEachRemaining(entries::add);
        }
        return Snapshot.of(entries);
    }

    static void write(Snapshot snapshot, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file);
             EntryWriter w = ListFormat.JSONL.writer(out, FormatOptions.of(file.toString(), Scheme.UNCLASSIFIED))) {
            snapshot.entries().forEach(w::write);
        }
    }
}
