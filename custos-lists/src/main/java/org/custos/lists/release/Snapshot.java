package org.custos.lists.release;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;
import org.custos.InvalidValueException;
import org.custos.lists.Entry;

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
        SortedSnapshots.diff(entries.values().iterator(), newer.entries.values().iterator(), out::add);
        return out;
    }

    /** Applies a verified release whole, or refuses it and stays unchanged; returns the new state. */
    public SubscriberState apply(VerifiedRelease release) {
        TreeMap<String, Entry> next = new TreeMap<>();
        SubscriberState state = SortedSnapshots.apply(entries.values().iterator(), release, e -> next.put(e.id(), e));
        entries = next;
        return state;
    }

    /** Upserts entries in order (a later record of an id replaces an earlier one): for paged sources. */
    public void merge(Iterable<Entry> newer) {
        TreeMap<String, Entry> next = new TreeMap<>(entries);
        for (Entry e : newer) next.put(e.id(), e);
        entries = next;
    }
}
