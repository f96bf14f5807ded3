package org.custos.server.list;

import java.time.Instant;
import java.util.UUID;
import org.custos.lists.ListPurpose;
import org.custos.lists.terminology.Scheme;

/**
 * A list as the server keeps it: its owner, purpose, classification scheme, the PDQ distance up to which its
 * entries match, and the small number the in-memory indexes carry instead of the id.
 */
public record ListInfo(UUID id, int number, UUID organisationId, String name, ListPurpose purpose, Scheme scheme,
                       int pdqThreshold, Instant createdAt) {
}
