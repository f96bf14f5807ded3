package org.custos.server.audit;

import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

/** One stored link of the audit chain: the event, its position, time, and the hashes that bind it. */
public record AuditRecord(long seq, Instant at, UUID organisationId, String actorKeyId, String action,
                          String subject, String detail, byte[] previousHash, byte[] hash) {
    public AuditEvent event() {
        return new AuditEvent(organisationId, actorKeyId, action, subject, detail);
    }

    public String hashHex() {
        return HexFormat.of().formatHex(hash);
    }

    public String previousHashHex() {
        return HexFormat.of().formatHex(previousHash);
    }
}
