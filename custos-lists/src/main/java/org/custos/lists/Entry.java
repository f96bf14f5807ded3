package org.custos.lists;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.custos.InvalidValueException;

/**
 * One item seen by analysts: its signals, classification in the list's scheme (absent for unclassified sources
 * and allowlists), per-jurisdiction legality, provenance, status, free tags and series. Holds no personal data
 * of victims: the series is an opaque identifier and tags are free labels chosen by the owner.
 *
 * <p>Collections are kept sorted (signals by type then value, tags and legality by key) so that equal entries
 * have one canonical byte form. A tombstone may carry no signal; any other entry carries at least one, and never
 * the same signal twice.
 */
public record Entry(String id, List<Signal> signals, Classification classification,
        SortedMap<String, LegalStatus> legality, Provenance provenance, EntryStatus status,
        SortedSet<String> tags, String series) {
    public static final int MAX_SIGNALS = 64;

    /** Checks by plain conditions, messages made only on failure: readers build millions of entries. */
    public Entry {
        Text.check(id, Text.MAX_ID, "entry id");
        if (status == null) throw new InvalidValueException("entry status of " + id + " is required");
        signals = sortedSignals(signals, id);
        if (signals.isEmpty() && !status.tombstone()) throw new InvalidValueException("entry " + id + " has no signal");
        legality = legality == null || legality.isEmpty() ? Collections.emptySortedMap()
                : Collections.unmodifiableSortedMap(new TreeMap<>(legality));
        provenance = provenance == null ? Provenance.UNKNOWN : provenance;
        tags = tags == null || tags.isEmpty() ? Collections.emptySortedSet()
                : Collections.unmodifiableSortedSet(new TreeSet<>(tags));
        if (!tags.isEmpty()) {
            for (String t : tags) Text.check(t, Text.MAX_ID, "tag of entry " + id);
        }
        if (series != null) Text.check(series, Text.MAX_ID, "series of entry " + id);
    }

    public static Builder builder(String id) {
        return new Builder(id);
    }

    public Builder toBuilder() {
        Builder b = new Builder(id).status(status).classification(classification).provenance(provenance)
                .series(series);
        signals.forEach(b::signal);
        tags.forEach(b::tag);
        legality.forEach(b::legality);
        return b;
    }

    /** The first signal of a type, or {@code null}. */
    public Signal signal(SignalType type) {
        for (Signal s : signals) {
            if (s.type() == type) return s;
        }
        return null;
    }

    private static List<Signal> sortedSignals(List<Signal> given, String id) {
        if (given == null || given.isEmpty()) return List.of();
        if (given.size() == 1) return List.of(given.getFirst());
        if (given.size() <= MAX_SIGNALS && strictlyAscending(given)) return List.copyOf(given);
        List<Signal> sorted = new ArrayList<>(given);
        if (sorted.size() > MAX_SIGNALS) {
            throw new InvalidValueException("entry " + id + " has more than " + MAX_SIGNALS + " signals");
        }
        Collections.sort(sorted);
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).compareTo(sorted.get(i - 1)) == 0) {
                throw new InvalidValueException(String.format("entry %s carries the signal %s twice", id,
                        sorted.get(i).key()));
            }
        }
        return List.copyOf(sorted);
    }

    /** Readers mostly meet signals in order (md5, sha1, pdq): then one copy, no sort, no second list. */
    private static boolean strictlyAscending(List<Signal> signals) {
        for (int i = 1; i < signals.size(); i++) {
            if (signals.get(i - 1).compareTo(signals.get(i)) >= 0) return false;
        }
        return true;
    }

    /** Assembles an entry field by field, as readers meet them; legality and tags made only when used. */
    public static final class Builder {
        private String id;
        /** Room for the usual md5, sha1, sha256 and pdq without growing. */
        private final List<Signal> signals = new ArrayList<>(4);
        private Classification classification;
        private SortedMap<String, LegalStatus> legality;
        private Provenance provenance = Provenance.UNKNOWN;
        private EntryStatus status = EntryStatus.ACTIVE;
        private SortedSet<String> tags;
        private String series;

        private Builder(String id) {
            this.id = id;
        }

        public Builder id(String value) {
            id = value;
            return this;
        }

        public String id() {
            return id;
        }

        public Builder signal(Signal value) {
            signals.add(value);
            return this;
        }

        public Builder signal(SignalType type, String value) {
            return signal(Signal.of(type, value));
        }

        public List<Signal> signals() {
            return signals;
        }

        public Builder classification(Classification value) {
            classification = value;
            return this;
        }

        public Builder legality(String jurisdiction, LegalStatus value) {
            if (legality == null) legality = new TreeMap<>();
            legality.put(Jurisdictions.check(jurisdiction, "legality jurisdiction"), value);
            return this;
        }

        public Builder provenance(Provenance value) {
            provenance = value;
            return this;
        }

        public Provenance provenance() {
            return provenance;
        }

        public Builder status(EntryStatus value) {
            status = value;
            return this;
        }

        public Builder tag(String value) {
            if (tags == null) tags = new TreeSet<>();
            tags.add(value);
            return this;
        }

        public Builder series(String value) {
            series = value;
            return this;
        }

        public Entry build() {
            return new Entry(id, signals, classification, legality, provenance, status, tags, series);
        }
    }
}
