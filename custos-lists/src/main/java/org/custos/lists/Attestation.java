package org.custos.lists;

import java.time.Instant;
import org.custos.Preconditions;

/** An organisation in a jurisdiction confirmed the entry's classification at a time. */
public record Attestation(String organisation, Instant at, String jurisdiction) {
    public Attestation {
        Text.check(organisation, Text.MAX_NAME, "attesting organisation");
        Preconditions.checkNotNull(at, "attestation time");
        jurisdiction = Jurisdictions.check(jurisdiction, "attestation jurisdiction");
    }
}
