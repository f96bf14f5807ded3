package org.custos.lists.imports;

import org.custos.lists.Entry;
import org.custos.lists.Signal;

/**
 * The keys of one entry an import must not repeat, as fingerprints: key 0 is the entry id, key i its signal
 * i - 1. One instance is reused for every record of a pass, so a record costs no allocation here.
 */
final class EntryKeys {
    /** An id and at most {@link Entry#MAX_SIGNALS} signals. */
    static final int MAX = Entry.MAX_SIGNALS + 1;
    private final long[] fingerprints = new long[MAX];

    /** Fingerprints the keys of {@code e}; returns how many there are. */
    int of(Entry e) {
        fingerprints[0] = Fingerprints.id(e.id());
        int n = 1;
        for (Signal s : e.signals()) fingerprints[n++] = Fingerprints.signal(s);
        return n;
    }

    long[] fingerprints() {
        return fingerprints;
    }

    static String field(Entry e, int key) {
        return key == 0 ? "id" : e.signals().get(key - 1).type().token();
    }

    static String value(Entry e, int key) {
        return key == 0 ? e.id() : e.signals().get(key - 1).value();
    }

    /** The key of {@code e} with this fingerprint, or -1. */
    int indexOf(Entry e, long fingerprint) {
        int n = of(e);
        for (int i = 0; i < n; i++) {
            if (fingerprints[i] == fingerprint) return i;
        }
        return -1;
    }
}
