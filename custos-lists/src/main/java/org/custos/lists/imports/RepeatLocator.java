package org.custos.lists.imports;

import org.custos.lists.Entry;
import org.custos.lists.ListFormatException;
import org.custos.lists.format.FormatOptions;
import org.custos.lists.format.ListFormat;

/**
 * Names a repeat the key spool found by fingerprint alone: reads the source again up to the later record, finds
 * the keys with that fingerprint in both records and, if they are really equal, throws the duplicate error with
 * field and value. Two different keys with one fingerprint (about 10^-5 in a 40 M-key list) are no duplicate, and
 * the check goes on. Runs only on the error path, never for a valid list.
 */
final class RepeatLocator {
    private final ListImporter importer;
    private final ByteSource source;
    private final ListFormat format;
    private final FormatOptions options;
    private final EntryKeys keys = new EntryKeys();

    RepeatLocator(ListImporter importer, ByteSource source, ListFormat format, FormatOptions options) {
        this.importer = importer;
        this.source = source;
        this.format = format;
        this.options = options;
    }

    /** Throws the duplicate error if the key {@code fingerprint} of {@code record} repeats that of {@code first}. */
    void check(long fingerprint, long record, long first) {
        String[] seen = new String[2];
        try {
            importer.pass(source, format, options, (e, r) -> {
                if (r == first) remember(e, fingerprint, seen);
                if (r == record) compare(e, fingerprint, record, first, seen);
            });
        } catch (Stop stop) {
            return;
        }
        throw ListImporter.changed(options);
    }

    private void remember(Entry e, long fingerprint, String[] seen) {
        int key = keys.indexOf(e, fingerprint);
        if (key < 0) throw ListImporter.changed(options);
        seen[0] = keys.field(e, key);
        seen[1] = keys.value(e, key);
    }

    private void compare(Entry e, long fingerprint, long record, long first, String[] seen) {
        int key = keys.indexOf(e, fingerprint);
        if (key < 0 || seen[0] == null) throw ListImporter.changed(options);
        String field = keys.field(e, key);
        String value = keys.value(e, key);
        if (field.equals(seen[0]) && value.equals(seen[1])) {
            throw new ListFormatException(options.source(), record, field, value, "duplicate of record " + first);
        }
        throw new Stop();
    }

    /** Ends the reading early: the two keys only shared a fingerprint. */
    private static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }
}
