package org.custos.server.list;

import java.util.UUID;
import org.custos.Preconditions;

/** A request to grant an organisation MATCH or READ on a list. */
public record NewGrant(UUID organisationId, GrantLevel level) {
    public NewGrant {
        Preconditions.checkNotNull(organisationId, "organisationId");
        Preconditions.checkNotNull(level, "level");
    }
}
