package org.custos.lists.format;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.custos.lists.Attestation;
import org.custos.lists.Classification;
import org.custos.lists.Entry;
import org.custos.lists.EntryStatus;
import org.custos.lists.Enums;
import org.custos.lists.LegalStatus;
import org.custos.lists.Provenance;
import org.custos.lists.Signal;
import org.custos.lists.SignalType;
import org.custos.lists.terminology.Crosswalk;
import org.custos.lists.terminology.Scheme;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reads the entry objects {@link EntryJson} writes, from a Jackson token stream; an unknown member is an error.
 * Also the small token helpers the JSON formats share.
 */
public final class EntryJsonReader {
    private EntryJsonReader() {
    }

    /** Reads the object starting at the parser's current {@code START_OBJECT}. */
    public static Entry read(JsonParser p, Crosswalk crosswalk, FieldListener at) {
        expect(p, JsonToken.START_OBJECT);
        Entry.Builder b = Entry.builder(null);
        for (String name = p.nextName(); name != null; name = p.nextName()) {
            p.nextToken();
            at.at(name, p.currentToken().isScalarValue() ? p.getString() : null);
            switch (name) {
                case "id" -> b.id(p.getString());
                case "status" -> b.status(Enums.parse(EntryStatus.class, p.getString(), "status"));
                case "signals" -> readSignals(p, b);
                case "classification" -> b.classification(readClassification(p, crosswalk));
                case "legality" -> readLegality(p, b);
                case "provenance" -> b.provenance(readProvenance(p));
                case "tags" -> readStrings(p).forEach(b::tag);
                case "series" -> b.series(p.getString());
                default -> throw new IllegalArgumentException("unknown member '" + name + "'");
            }
        }
        return b.build();
    }

    /** Lets a reader note which field is being read, for its error messages. */
    public interface FieldListener {
        void at(String field, String value);
    }

    private static void readSignals(JsonParser p, Entry.Builder b) {
        expect(p, JsonToken.START_ARRAY);
        while (p.nextToken() == JsonToken.START_OBJECT) {
            Map<String, String> m = readFlat(p);
            String q = m.get("quality");
            b.signal(new Signal(SignalType.ofToken(m.get("type")), m.get("value"),
                    q == null ? null : Integer.valueOf(q)));
        }
    }

    private static Classification readClassification(JsonParser p, Crosswalk crosswalk) {
        Map<String, String> m = readFlat(p);
        return crosswalk.classify(Scheme.ofToken(m.get("scheme")), m.get("label"));
    }

    private static void readLegality(JsonParser p, Entry.Builder b) {
        readFlat(p).forEach((k, v) -> b.legality(k, Enums.parse(LegalStatus.class, v, "legal status")));
    }

    private static Provenance readProvenance(JsonParser p) {
        expect(p, JsonToken.START_OBJECT);
        String contributor = null;
        Instant added = null;
        List<Attestation> attestations = new ArrayList<>();
        for (String name = p.nextName(); name != null; name = p.nextName()) {
            p.nextToken();
            switch (name) {
                case "contributor" -> contributor = p.getString();
                case "added" -> added = Instant.parse(p.getString());
                case "attestations" -> {
                    expect(p, JsonToken.START_ARRAY);
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        Map<String, String> m = readFlat(p);
                        attestations.add(new Attestation(m.get("organisation"), Instant.parse(m.get("at")),
                                m.get("jurisdiction")));
                    }
                }
                default -> throw new IllegalArgumentException("unknown provenance member '" + name + "'");
            }
        }
        return new Provenance(contributor, added, attestations);
    }

    /** An object of scalar members, as strings in document order. */
    static Map<String, String> readFlat(JsonParser p) {
        expect(p, JsonToken.START_OBJECT);
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (String name = p.nextName(); name != null; name = p.nextName()) {
            JsonToken t = p.nextToken();
            if (!t.isScalarValue()) throw new IllegalArgumentException("member '" + name + "' must be a scalar");
            m.put(name, t == JsonToken.VALUE_NULL ? null : p.getString());
        }
        return m;
    }

    static List<String> readStrings(JsonParser p) {
        expect(p, JsonToken.START_ARRAY);
        List<String> out = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (!p.currentToken().isScalarValue()) throw new IllegalArgumentException("expected a string");
            out.add(p.getString());
        }
        return out;
    }

    static void expect(JsonParser p, JsonToken token) {
        if (p.currentToken() != token) {
            throw new IllegalArgumentException("expected " + token + ", found " + p.currentToken());
        }
    }
}
