package org.custos.lists.imports;

import org.custos.lists.Entry;
import org.custos.lists.Signal;

/**
 * The keys of one entry an import must not repeat, as fingerprints: the entry id, then its signals. One instance
 * is reused for every record of a pass, so a record costs no allocation here.
 *
 * <p>With {@code skipDerivedIds}, an id that is the key of one of the entry's own signals (VICS and one-hash
 * files name entries so) is left out: two entries with that id share that signal, whose repeat is found as such.
 * Only the scanning pass skips them, whose errors are no verdict: the reader's pass keeps every key, so its
 * messages name the id as before.
 */
final class EntryKeys {
    /** An id and at most {@link Entry#MAX_SIGNALS} signals. */
    static final int MAX = Entry.MAX_SIGNALS + 1;
    private final long[] fingerprints = new long[MAX];
    private final boolean skipDerivedIds;
    /** 1 when the last entry's id was left out, so key i is its signal i; else 0, and key i > 0 is signal i - 1. */
    private int firstKey;

    EntryKeys() {
        this(false);
    }

    EntryKeys(boolean skipDerivedIds) {
        this.skipDerivedIds = skipDerivedIds;
    }

    /** Fingerprints the keys of {@code e}; returns how many there are. */
    int of(Entry e) {
        firstKey = skipDerivedIds && derivedId(e) ? 1 : 0;
        int n = 0;
        if (firstKey == 0) fingerprints[n++] = Fingerprints.id(e.id());
        for (Signal s : e.signals()) fingerprints[n++] = Fingerprints.signal(s);
        return n;
    }

    long[] fingerprints() {
        return fingerprints;
    }

    /** The field of key {@code key} of the entry last given to {@link #of}. */
    String field(Entry e, int key) {
        int k = key + firstKey;
        return k == 0 ? "id" : e.signals().get(k - 1).type().token();
    }

    String value(Entry e, int key) {
        int k = key + firstKey;
        return k == 0 ? e.id() : e.signals().get(k - 1).value();
    }

    /** The key of {@code e} with this fingerprint, or -1. */
    int indexOf(Entry e, long fingerprint) {
        int n = of(e);
        for (int i = 0; i < n; i++) {
            if (fingerprints[i] == fingerprint) return i;
        }
        return -1;
    }

    private static boolean derivedId(Entry e) {
        for (Signal s : e.signals()) {
            if (isKeyOf(e.id(), s)) return true;
        }
        return false;
    }

    /** Whether {@code id} is {@code s.key()}, without making that key. */
    static boolean isKeyOf(String id, Signal s) {
        String type = s.type().token();
        return id.length() == type.length() + 1 + s.value().length() && id.startsWith(type)
                && id.charAt(type.length()) == ':' && id.endsWith(s.value());
    }
}
