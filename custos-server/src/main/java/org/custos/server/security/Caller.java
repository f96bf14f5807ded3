package org.custos.server.security;

import java.util.Set;
import java.util.UUID;
import org.custos.server.key.Role;

/** Who is calling: the key, its organisation, its roles, and whether that organisation is the operator. */
public record Caller(String keyId, UUID organisationId, Set<Role> roles, boolean operator, int requestsPerSecond) {
    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
