package org.custos.lists;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * Where an entry comes from: the contributing organisation, when it was added, and who confirmed it since.
 * Attestations are kept in a canonical order (time, organisation, jurisdiction); both fields may be absent when
 * a source format does not carry them.
 */
public record Provenance(String contributor, Instant added, List<Attestation> attestations) {
    private static final Comparator<Attestation> ORDER = Comparator.comparing(Attestation::at)
            .thenComparing(Attestation::organisation).thenComparing(Attestation::jurisdiction);
    public static final Provenance UNKNOWN = new Provenance(null, null, List.of());

    public Provenance {
        contributor = Text.optional(contributor, Text.MAX_NAME, "contributor");
        attestations = attestations == null ? List.of() : attestations.stream().sorted(ORDER).toList();
    }

    public long jurisdictionCount() {
        return attestations.stream().map(Attestation::jurisdiction).distinct().count();
    }
}
