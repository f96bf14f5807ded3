package org.custos.lists.imports;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.io.UncheckedIOException;
import java.lang.ref.Cleaner;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.CRC32C;
import org.custos.lists.Entry;
import org.custos.lists.format.FormatOptions;
import org.custos.lists.format.ListFormat;

/**
 * A source that passed validation. {@link #forEach} hands its entries to a store in one pass; should the
 * source's bytes differ from those validated, it throws, so a store that writes inside a transaction and commits
 * only after {@code forEach} returns never keeps a partial or unvalidated import.
 *
 * <p>The first {@code forEach} reads the entries from the spool validation wrote (no parsing), after checking
 * that the source still has the validated length and CRC-32C; the spool is then deleted, whatever the outcome.
 * The entries handed out are those validated, so a source changed in a way the CRC misses still cannot bring
 * in an unvalidated entry. A later {@code forEach} parses the source again and compares its SHA-256.
 * {@link #close} (or the garbage collector) deletes a spool that was never handed out.
 */
public final class ValidatedImport implements AutoCloseable {
    private static final Cleaner CLEANER = Cleaner.create();
    private final ListImporter importer;
    private final ByteSource source;
    private final ListFormat format;
    private final FormatOptions options;
    private final ImportSummary summary;
    private final long check;
    private EntrySpool spool;
    private final Cleaner.Cleanable cleanup;

    ValidatedImport(ListImporter importer, ByteSource source, ListFormat format, FormatOptions options,
            ImportSummary summary, long check, EntrySpool spool) {
        this.importer = importer;
        this.source = source;
        this.format = format;
        this.options = options;
        this.summary = summary;
        this.check = check;
        this.spool = spool;
        this.cleanup = CLEANER.register(this, spool::close);
    }

    public ImportSummary summary() {
        return summary;
    }

    public void forEach(Consumer<Entry> sink) {
        if (spool == null) {
            ListImporter.Pass pass = importer.stream(source, format, options, sink);
            if (!pass.sha256().equals(summary.sha256())) throw ListImporter.changed(options);
            return;
        }
        try {
            if (!unchanged()) throw ListImporter.changed(options);
            spool.forEach(sink);
        } finally {
            close();
        }
    }

    /** Whether the source still has the validated length and CRC-32C (read through its channel: one copy less). */
    private boolean unchanged() {
        CRC32C crc = new CRC32C();
        ByteBuffer buf = ByteBuffer.allocateDirect(1 << 20);
        long bytes = 0;
        try (ReadableByteChannel in = source.channel()) {
            for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                buf.flip();
                crc.update(buf);
                buf.clear();
                bytes += n;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + options.source(), e);
        }
        return bytes == summary.bytes() && crc.getValue() == check;
    }

    /** All entries in memory, for small lists and tests. */
    public List<Entry> toList() {
        List<Entry> out = new ArrayList<>();
        forEach(out::add);
        return out;
    }

    /** Deletes the spool if it was not handed out; the import can still be handed out by parsing the source. */
    @Override
    public void close() {
        spool = null;
        cleanup.clean();
    }
}
