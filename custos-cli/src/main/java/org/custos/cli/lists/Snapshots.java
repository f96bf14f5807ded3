package org.custos.cli.lists;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import org.custos.lists.Entry;
import org.custos.lists.format.EntryReader;
import org.custos.lists.format.FormatOptions;
import org.custos.lists.format.ListFormat;
import org.custos.lists.release.Snapshot;
import org.custos.lists.terminology.Scheme;

/**
 * A snapshot on disk, as Custos JSON Lines. One whose ids ascend (as {@code verify --out} writes them) is
 * streamed, in constant memory however large; any other is read into memory and ordered, which suits the files
 * {@code import} writes for lists of ordinary size. No file is the empty snapshot.
 */
final class Snapshots {
    private final Path file;
    private final Snapshot inMemory;

    private Snapshots(Path file, Snapshot inMemory) {
        this.file = file;
        this.inMemory = inMemory;
    }

    static Snapshots of(Path file) {
        if (file == null) return new Snapshots(null, new Snapshot());
        return new Snapshots(file, ordered(file) ? null : Snapshot.of(readAll(file)));
    }

    /** Runs {@code use} over the entries in ascending id order. */
    <R> R withEntries(Function<Iterator<Entry>, R> use) {
        if (inMemory != null) return use.apply(inMemory.entries().iterator());
        try (InputStream in = Files.newInputStream(file); EntryReader r = reader(in)) {
            return use.apply(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean ordered(Path file) {
        try (InputStream in = Files.newInputStream(file); EntryReader r = reader(in, file)) {
            String last = null;
            while (r.hasNext()) {
                String id = r.next().id();
                if (last != null && last.compareTo(id) >= 0) return false;
                last = id;
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Entry> readAll(Path file) {
        List<Entry> entries = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); EntryReader r = reader(in, file)) {
            r.forEachRemaining(entries::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    private EntryReader reader(InputStream in) {
        return reader(in, file);
    }

    private static EntryReader reader(InputStream in, Path file) {
        return ListFormat.JSONL.reader(in, FormatOptions.of(file.toString(), Scheme.UNCLASSIFIED));
    }
}
