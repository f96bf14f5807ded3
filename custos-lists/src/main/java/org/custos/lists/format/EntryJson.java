package org.custos.lists.format;

import org.custos.lists.Attestation;
import org.custos.lists.Entry;
import org.custos.lists.Provenance;
import org.custos.lists.Signal;

/**
 * An entry as one canonical JSON object, the form of JSON Lines files and of releases:
 * {@code {"id","status","signals":[{"type","value","quality"?}],"classification":{"scheme","label"}?,
 * "legality":{"CC":"ILLEGAL"}?,"provenance":{"contributor"?,"added"?,"attestations":[...]?}?,"tags":[]?,
 * "series"?}}, members in that order, absent or empty ones left out. The common label is not stored: it follows
 * from scheme and label through the crosswalk. {@link EntryJsonReader} reads it back.
 */
public final class EntryJson {
    private EntryJson() {
    }

    public static void write(Entry e, StringBuilder out) {
        CanonicalJson j = new CanonicalJson(out).begin().member("id", e.id()).member("status", e.status().name());
        j.beginArray("signals");
        for (Signal s : e.signals()) {
            j.element().begin().member("type", s.type().token()).member("value", s.value());
            if (s.quality() != null) j.member("quality", s.quality());
            j.end();
        }
        j.endArray();
        if (e.classification() != null) {
            j.name("classification").begin().member("scheme", e.classification().scheme().token())
                    .member("label", e.classification().label()).end();
        }
        if (!e.legality().isEmpty()) {
            j.name("legality").begin();
            e.legality().forEach((k, v) -> j.member(k, v.name()));
            j.end();
        }
        writeProvenance(e.provenance(), j);
        if (!e.tags().isEmpty()) {
            j.beginArray("tags");
            e.tags().forEach(j::stringElement);
            j.endArray();
        }
        j.member("series", e.series()).end();
    }

    private static void writeProvenance(Provenance p, CanonicalJson j) {
        if (p.contributor() == null && p.added() == null && p.attestations().isEmpty()) return;
        j.name("provenance").begin().member("contributor", p.contributor())
                .member("added", p.added() == null ? null : p.added().toString());
        if (!p.attestations().isEmpty()) {
            j.beginArray("attestations");
            for (Attestation a : p.attestations()) {
                j.element().begin().member("organisation", a.organisation()).member("at", a.at().toString())
                        .member("jurisdiction", a.jurisdiction()).end();
            }
            j.endArray();
        }
        j.end();
    }
}
