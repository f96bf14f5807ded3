package org.custos.server.key;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** What is stored of an API key: never the token itself, only its hash (kept out of this record). */
public record ApiKey(String id, UUID organisationId, String name, Set<Role> roles, Instant createdAt,
                     Instant expiresAt, Instant revokedAt, Integer requestsPerSecond) {
    public ApiKey {
        roles = Set.copyOf(roles);
    }

    public boolean usableAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }
}
