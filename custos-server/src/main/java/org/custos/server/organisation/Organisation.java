package org.custos.server.organisation;

import java.time.Instant;
import java.util.UUID;
import org.custos.Preconditions;

/**
 * A party to the exchange. The operator organisation is created on first start and administers the
 * others; it sees their names and keys, never their lists or matches.
 */
public record Organisation(UUID id, String name, OrganisationKind kind, String jurisdiction, boolean operator,
                           Instant createdAt) {
    public Organisation {
        Preconditions.checkNotNull(id, "id");
        name = NewOrganisation.checkName(name);
        Preconditions.checkNotNull(kind, "kind");
        jurisdiction = NewOrganisation.checkJurisdiction(jurisdiction);
        Preconditions.checkNotNull(createdAt, "createdAt");
    }
}
