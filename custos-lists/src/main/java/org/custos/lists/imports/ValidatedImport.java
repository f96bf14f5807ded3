package org.custos.lists.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.custos.lists.Entry;
import org.custos.lists.format.FormatOptions;
import org.custos.lists.format.ListFormat;

/**
 * A source that passed validation. {@link #forEach} streams its entries to a store in one pass; should the
 * source's bytes differ from those validated, it throws at the end, so a store that writes inside a transaction
 * and commits only after {@code forEach} returns never keeps a partial or unvalidated import.
 */
public final class ValidatedImport {
    private final ListImporter importer;
    private final ByteSource source;
    private final ListFormat format;
    private final FormatOptions options;
    private final ImportSummary summary;

    ValidatedImport(ListImporter importer, ByteSource source, ListFormat format, FormatOptions options,
            ImportSummary summary) {
        this.importer = importer;
        this.source = source;
        this.format = format;
        this.options = options;
        this.summary = summary;
    }

    public ImportSummary summary() {
        return summary;
    }

    public void forEach(Consumer<Entry> sink) {
        ListImporter.Pass pass = importer.stream(source, format, options, sink);
        if (!pass.sha256().equals(summary.sha256())) throw ListImporter.changed(options);
    }

    /** All entries in memory, for small lists and tests. */
    public List<Entry> toList() {
        List<Entry> out = new ArrayList<>();
        forEach(out::add);
        return out;
    }
}
