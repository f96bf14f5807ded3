package org.custos.lists.release;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.custos.InvalidValueException;
import org.custos.lists.Entry;
import org.custos.lists.release.ReleaseRejectedException.Reason;

/**
 * A full list in memory, by id: for the command line, tests and small lists. A store of millions of entries
 * does the same with its own tables and {@link SnapshotDigest}. Changing operations either apply whole or leave
 * the snapshot as it was.
 */
public final class Snapshot {
    private TreeMap<String, Entry> entries;

    public Snapshot() {
        this.entries = new TreeMap<>();
    }

    /** A snapshot of {@code entries}; an id twice is an error. */
    public static Snapshot of(Iterable<Entry> entries) {
        Snapshot s = new Snapshot();
        for (Entry e : entries) {
            if (s.entries.putIfAbsent(e.id(), e) != null) {
                throw new InvalidValueException("entry id " + e.id() + " occurs twice");
            }
        }
        return s;
    }

    public int size() {
        return entries.size();
    }

    public Entry get(String id) {
        return entries.get(id);
    }

    public Collection<Entry> entries() {
        return entries.values();
    }

    public String digest() {
        return SnapshotDigest.of(entries.values());
    }

    /** The changes that turn this snapshot into {@code newer}, in id order. */
    public List<Change> diff(Snapshot newer) {
        List<Change> out = new ArrayList<>();
        Iterator<Entry> a = entries.values().iterator();
        Iterator<Entry> b = newer.entries.values().iterator();
        Entry x = next(a);
        Entry y = next(b);
        while (x != null || y != null) {
            int c = x == null ? 1 : y == null ? -1 : x.id().compareTo(y.id());
            if (c < 0) out.add(Change.remove(x.id()));
            else if (c > 0) out.add(Change.add(y));
            else if (!x.equals(y)) out.add(Change.change(y));
            if (c <= 0) x = next(a);
            if (c >= 0) y = next(b);
        }
        return out;
    }

    private static Entry next(Iterator<Entry> it) {
        return it.hasNext() ? it.next() : null;
    }

    /** Applies a verified release whole, or refuses it and stays unchanged; returns the new state. */
    public SubscriberState apply(VerifiedRelease release) {
        TreeMap<String, Entry> next = new TreeMap<>(entries);
        release.forEachChange(c -> apply(next, c));
        SubscriberState state = release.confirm(SnapshotDigest.of(next.values()));
        entries = next;
        return state;
    }

    /** Upserts entries in order (a later record of an id replaces an earlier one): for paged sources. */
    public void merge(Iterable<Entry> newer) {
        TreeMap<String, Entry> next = new TreeMap<>(entries);
        for (Entry e : newer) next.put(e.id(), e);
        entries = next;
    }

    private static void apply(Map<String, Entry> map, Change c) {
        boolean present = map.containsKey(c.id());
        if (present == (c.op() == Change.Op.ADD)) {
            throw new ReleaseRejectedException(Reason.PARENT_MISMATCH, c.op().name().toLowerCase(java.util.Locale.ROOT) + " of "
                    + c.id() + (present ? ", which is already present" : ", which is absent"));
        }
        if (c.op() == Change.Op.REMOVE) map.remove(c.id());
        else map.put(c.id(), c.entry());
    }
}
