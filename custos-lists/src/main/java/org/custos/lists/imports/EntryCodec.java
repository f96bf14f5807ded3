package org.custos.lists.imports;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.custos.lists.Attestation;
import org.custos.lists.Classification;
import org.custos.lists.Entry;
import org.custos.lists.EntryStatus;
import org.custos.lists.LegalStatus;
import org.custos.lists.Provenance;
import org.custos.lists.Signal;
import org.custos.lists.SignalType;
import org.custos.lists.terminology.Crosswalk;
import org.custos.lists.terminology.Scheme;

/**
 * A compact binary form of an {@link Entry}, for the spool an import hands out from. In order: the status
 * (ordinal); the signals (count, then each as type ordinal, value, and for PDQ the quality plus one or 0), where
 * digests and PDQ are their raw bytes (half their hex length) and foreign values their UTF-8; the id, as 1 when it
 * is the first signal's key (an id derived from the least signal, as VICS and one-hash files have), else 0 and
 * its text; the classification
 * (0, or scheme ordinal plus one and the label's index among the scheme's sorted labels: the common label follows
 * from them, as in releases); legality (count, then jurisdiction and status); provenance (flags, contributor,
 * added, attestations); tags; series. Counts and lengths are unsigned LEB128 varints, instants zig-zag seconds
 * and nanoseconds, strings UTF-8 with their byte length.
 *
 * <p>Invariant: {@code decode(encode(e)).equals(e)} for every entry (a property test holds it to that). Ordinals
 * tie the form to this build's enums, which is all a spool needs: it lives only as long as one import. It holds
 * what the list file held (hashes and their labels), never content.
 */
final class EntryCodec {
    /** {@code values()} clones its array on every call: once here, not per entry. */
    private static final SignalType[] TYPES = SignalType.values();
    private static final EntryStatus[] STATUSES = EntryStatus.values();
    private static final LegalStatus[] LEGAL = LegalStatus.values();
    private static final Scheme[] SCHEMES = Scheme.values();
    private final Crosswalk crosswalk;
    private final SchemeLabels[] labels = new SchemeLabels[SCHEMES.length];

    EntryCodec(Crosswalk crosswalk) {
        this.crosswalk = crosswalk;
    }

    void encode(Entry e, SpoolOutput out) {
        out.put(e.status().ordinal());
        out.putVarLong(e.signals().size());
        for (Signal s : e.signals()) signal(s, out);
        if (!e.signals().isEmpty() && EntryKeys.isKeyOf(e.id(), e.signals().getFirst())) out.put(1);
        else {
            out.put(0);
            out.putString(e.id());
        }
        Classification c = e.classification();
        if (c == null) out.put(0);
        else {
            out.put(c.scheme().ordinal() + 1);
            out.putVarLong(labels(c.scheme()).index(c.label()));
        }
        out.putVarLong(e.legality().size());
        if (!e.legality().isEmpty()) {
            e.legality().forEach((cc, status) -> {
                out.putString(cc);
                out.put(status.ordinal());
            });
        }
        provenance(e.provenance(), out);
        out.putVarLong(e.tags().size());
        if (!e.tags().isEmpty()) e.tags().forEach(out::putString);
        out.put(e.series() == null ? 0 : 1);
        if (e.series() != null) out.putString(e.series());
    }

    private static void signal(Signal s, SpoolOutput out) {
        SignalType t = s.type();
        out.put(t.ordinal());
        if (t.foreign()) out.putString(s.value());
        else out.putHex(s.value());
        if (t == SignalType.PDQ) out.put(s.quality() == null ? 0 : s.quality() + 1);
    }

    private static void provenance(Provenance p, SpoolOutput out) {
        out.put((p.contributor() == null ? 0 : 1) | (p.added() == null ? 0 : 2));
        if (p.contributor() != null) out.putString(p.contributor());
        if (p.added() != null) instant(p.added(), out);
        out.putVarLong(p.attestations().size());
        for (Attestation a : p.attestations()) {
            out.putString(a.organisation());
            instant(a.at(), out);
            out.putString(a.jurisdiction());
        }
    }

    private static void instant(Instant t, SpoolOutput out) {
        long s = t.getEpochSecond();
        out.putVarLong(s << 1 ^ s >> 63);
        out.putVarLong(t.getNano());
    }

    Entry decode(SpoolInput in) {
        EntryStatus status = STATUSES[in.get()];
        Signal[] signals = new Signal[in.getVarInt()];
        for (int i = 0; i < signals.length; i++) signals[i] = signal(in);
        String id = in.get() == 1 ? signals[0].key() : in.getString();
        int scheme = in.get();
        Classification classification = scheme == 0 ? null
                : labels(SCHEMES[scheme - 1]).classification(in.getVarInt());
        SortedMap<String, LegalStatus> legality = legality(in);
        Provenance provenance = provenance(in);
        SortedSet<String> tags = tags(in);
        String series = in.get() == 0 ? null : in.getString();
        // an immutable list, which the entry keeps as it is (Arrays.asList would be copied twice)
        return new Entry(id, List.of(signals), classification, legality, provenance, status, tags, series);
    }

    private static Signal signal(SpoolInput in) {
        SignalType t = TYPES[in.get()];
        String value = t.foreign() ? in.getString() : in.getHex(t.hexLength() / 2);
        Integer quality = null;
        if (t == SignalType.PDQ) {
            int q = in.get();
            quality = q == 0 ? null : q - 1;
        }
        return new Signal(t, value, quality);
    }

    private static SortedMap<String, LegalStatus> legality(SpoolInput in) {
        int n = in.getVarInt();
        if (n == 0) return null;
        SortedMap<String, LegalStatus> m = new TreeMap<>();
        for (int i = 0; i < n; i++) m.put(in.getString(), LEGAL[in.get()]);
        return m;
    }

    private static Provenance provenance(SpoolInput in) {
        int flags = in.get();
        String contributor = (flags & 1) == 0 ? null : in.getString();
        Instant added = (flags & 2) == 0 ? null : instant(in);
        int n = in.getVarInt();
        if (flags == 0 && n == 0) return Provenance.UNKNOWN;
        List<Attestation> attestations = new ArrayList<>(n);
        for (int i = 0; i < n; i++) attestations.add(new Attestation(in.getString(), instant(in), in.getString()));
        return new Provenance(contributor, added, attestations);
    }

    private static Instant instant(SpoolInput in) {
        long z = in.getVarLong();
        return Instant.ofEpochSecond(z >>> 1 ^ -(z & 1), in.getVarLong());
    }

    private static SortedSet<String> tags(SpoolInput in) {
        int n = in.getVarInt();
        if (n == 0) return null;
        SortedSet<String> tags = new TreeSet<>();
        for (int i = 0; i < n; i++) tags.add(in.getString());
        return tags;
    }

    private SchemeLabels labels(Scheme scheme) {
        SchemeLabels l = labels[scheme.ordinal()];
        if (l == null) l = labels[scheme.ordinal()] = new SchemeLabels(crosswalk, scheme);
        return l;
    }

    /** A scheme's labels by index, each classified once; a handful, so found by a scan. */
    private static final class SchemeLabels {
        private final String[] labels;
        private final Classification[] classifications;

        SchemeLabels(Crosswalk crosswalk, Scheme scheme) {
            labels = crosswalk.labels(scheme).toArray(String[]::new);
            classifications = new Classification[labels.length];
            for (int i = 0; i < labels.length; i++) classifications[i] = crosswalk.classify(scheme, labels[i]);
        }

        int index(String label) {
            for (int i = 0; i < labels.length; i++) {
                if (labels[i].equals(label)) return i;
            }
            throw new IllegalStateException("label " + label + " is not in the crosswalk");
        }

        Classification classification(int i) {
            return classifications[i];
        }
    }
}
