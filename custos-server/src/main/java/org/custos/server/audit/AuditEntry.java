package org.custos.server.audit;

import java.time.Instant;
import java.util.UUID;

/** An audit record as the API shows it, hashes in hex. */
public record AuditEntry(long seq, Instant at, UUID organisationId, String actorKeyId, String action,
                         String subject, String detail, String previousHash, String hash) {
    static AuditEntry of(AuditRecord r) {
        return new AuditEntry(r.seq(), r.at(), r.organisationId(), r.actorKeyId(), r.action(), r.subject(),
                r.detail(), r.previousHashHex(), r.hashHex());
    }
}
