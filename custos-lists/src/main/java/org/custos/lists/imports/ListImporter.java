package org.custos.lists.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import org.custos.lists.Entry;
import org.custos.lists.EntryStatus;
import org.custos.lists.ListFormatException;
import org.custos.lists.format.EntryReader;
import org.custos.lists.format.FormatOptions;
import org.custos.lists.format.ListFormat;

/**
 * Imports a list file all or nothing. {@link #validate} reads the whole source once: every record parsed,
 * normalised and checked, no entry id and no signal twice (big lists confirm their duplicate filter's candidates
 * from a spool of key fingerprints, not by parsing again; the source is read again only to name a duplicate).
 * VICS is read by its byte-level scanner; should that refuse or fail, the source is validated once more with the
 * ordinary reader, whose verdict and messages count. The same pass spools every validated entry in a compact
 * binary form ({@link EntrySpool}). Only a source that passes yields a {@link ValidatedImport}, whose
 * {@link ValidatedImport#forEach} hands those entries to a store from the spool, without parsing the source again;
 * a refused source leaves no spool behind. Memory stays bounded whatever the size (see {@link DuplicateCheck}).
 */
public final class ListImporter {
    /** 2^29 bits: 64 MiB, good for lists of some 25 M entries before false candidates grow. */
    public static final int DEFAULT_FILTER_BITS = 29;
    private final int filterBits;
    private final int exactKeys;
    private final java.nio.file.Path spoolDirectory;

    public ListImporter() {
        this(DEFAULT_FILTER_BITS);
    }

    public ListImporter(int filterBits) {
        this(filterBits, DuplicateCheck.EXACT_KEYS);
    }

    /** With the filter from the first key on when {@code exactKeys} is 0: for tests of the filter's path. */
    ListImporter(int filterBits, int exactKeys) {
        this(filterBits, exactKeys, null);
    }

    /** Spooling entries in {@code spoolDirectory} ({@code null}: the system's temporary folder), for tests. */
    ListImporter(int filterBits, int exactKeys, java.nio.file.Path spoolDirectory) {
        this.spoolDirectory = spoolDirectory;
        this.exactKeys = exactKeys;
        this.filterBits = org.custos.Preconditions.checkRange(filterBits, 6, 32, "duplicate filter bits (log2)");
    }

    public ValidatedImport validate(ByteSource source, ListFormat format, FormatOptions options) {
        if (format.scans()) {
            try {
                return validate(source, format, options, true);
            } catch (RuntimeException refused) {
                // the scanner's refusal or error is no verdict: the ordinary reader decides, with its own message
            }
        }
        return validate(source, format, options, false);
    }

    private ValidatedImport validate(ByteSource source, ListFormat format, FormatOptions options, boolean scan) {
        EntrySpool spool = new EntrySpool(options.crosswalk(), spoolDirectory);
        try {
            ValidatedImport valid = validate(source, format, options, scan, spool);
            spool.finish();
            return valid;
        } catch (RuntimeException | Error e) {
            spool.close();
            throw e;
        }
    }

    private ValidatedImport validate(ByteSource source, ListFormat format, FormatOptions options, boolean scan,
            EntrySpool spool) {
        try (DuplicateCheck duplicates = new DuplicateCheck(filterBits, exactKeys)) {
            long[] byStatus = new long[EntryStatus.values().length];
            long[] signals = {0};
            EntryKeys keys = new EntryKeys(scan);
            Pass first = checked(options, () -> {
                Pass pass = pass(source, format, options, scan, (e, r) -> {
                    byStatus[e.status().ordinal()]++;
                    signals[0] += e.signals().size();
                    int n = keys.of(e);
                    for (int i = 0; i < n; i++) {
                        long repeat = duplicates.add(keys.fingerprints()[i], r);
                        if (repeat >= 0) throw duplicate(options, r, keys.field(e, i), keys.value(e, i), repeat);
                    }
                    duplicates.endRecord(r, keys.fingerprints(), n);
                    spool.write(e);
                });
                duplicates.endPass();
                return pass;
            });
            if (duplicates.needsSecondPass()) {
                duplicates.confirm(new RepeatLocator(this, source, format, options)::check);
            }
            ImportSummary summary = new ImportSummary(options.source(), first.records, signals[0],
                    counts(byStatus), first.bytes, first.sha256);
            return new ValidatedImport(this, source, format, options, summary, first.check, spool);
        }
    }

    private static Map<EntryStatus, Long> counts(long[] byStatus) {
        Map<EntryStatus, Long> counts = new EnumMap<>(EntryStatus.class);
        for (EntryStatus s : EntryStatus.values()) {
            if (byStatus[s.ordinal()] > 0) counts.put(s, byStatus[s.ordinal()]);
        }
        return counts;
    }

    private static ListFormatException duplicate(FormatOptions o, long record, String field, String value, long first) {
        return new ListFormatException(o.source(), record, field, value, "duplicate of record " + first);
    }

    private Pass checked(FormatOptions options, java.util.function.Supplier<Pass> pass) {
        try {
            return pass.get();
        } catch (DuplicateCheck.Full e) {
            throw new ListFormatException(options.source(), 0, null, null, e.getMessage()
                    + "; import it with a larger filter (ListImporter(bits))");
        }
    }

    static ListFormatException changed(FormatOptions options) {
        return new ListFormatException(options.source(), 0, null, null,
                "the source changed while it was being imported; nothing was applied");
    }

    /** One reading of the whole source; {@code check} is the CRC-32C of its bytes. */
    record Pass(long records, long bytes, String sha256, long check) {
    }

    interface Visitor {
        void visit(Entry entry, long record);
    }

    Pass pass(ByteSource source, ListFormat format, FormatOptions options, Visitor visitor) {
        return pass(source, format, options, false, visitor);
    }

    /** {@code scan}: with the format's byte-level scanner, which may refuse. */
    private Pass pass(ByteSource source, ListFormat format, FormatOptions options, boolean scan, Visitor visitor) {
        try (InputStream raw = source.open()) {
            DigestingInput in = new DigestingInput(raw);
            long records = 0;
            try (EntryReader reader = scan ? format.scanner(in, options) : format.reader(in, options)) {
                while (reader.hasNext()) {
                    visitor.visit(reader.next(), reader.record());
                    records++;
                }
            }
            String sha256 = in.finish();
            return new Pass(records, in.bytes(), sha256, in.check());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + options.source(), e);
        }
    }

    /** Streams entries without validation of the whole: for sources already validated. */
    Pass stream(ByteSource source, ListFormat format, FormatOptions options, Consumer<Entry> sink) {
        return pass(source, format, options, (e, r) -> sink.accept(e));
    }
}
