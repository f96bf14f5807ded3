package org.custos.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditChainTest {
    private static final UUID ORG = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final Instant AT = Instant.parse("2026-11-28T12:00:00.123456Z");
    private static final AuditEvent EVENT = new AuditEvent(ORG, "abc", "key.issue", "k1", "roles [ADMIN]");

    @Test
    void everyFieldEntersTheHash() {
        byte[] base = AuditChain.hash(AuditChain.GENESIS, 1, AT, EVENT);
        List<byte[]> variants = List.of(
                AuditChain.hash(new byte[] {1}, 1, AT, EVENT),
                AuditChain.hash(AuditChain.GENESIS, 2, AT, EVENT),
                AuditChain.hash(AuditChain.GENESIS, 1, AT.plusNanos(1000), EVENT),
                AuditChain.hash(AuditChain.GENESIS, 1, AT, new AuditEvent(null, "abc", "key.issue", "k1", "roles [ADMIN]")),
                AuditChain.hash(AuditChain.GENESIS, 1, AT, new AuditEvent(ORG, null, "key.issue", "k1", "roles [ADMIN]")),
                AuditChain.hash(AuditChain.GENESIS, 1, AT, new AuditEvent(ORG, "abc", "key.revoke", "k1", "roles [ADMIN]")),
                AuditChain.hash(AuditChain.GENESIS, 1, AT, new AuditEvent(ORG, "abc", "key.issue", "k2", "roles [ADMIN]")),
                AuditChain.hash(AuditChain.GENESIS, 1, AT, new AuditEvent(ORG, "abc", "key.issue", "k1", "roles [AUDITOR]")));
        assertThat(base).hasSize(32);
        for (byte[] variant : variants) {
            assertThat(variant).isNotEqualTo(base);
        }
        assertThat(AuditChain.hash(AuditChain.GENESIS, 1, AT, EVENT)).isEqualTo(base);
    }

    @Test
    void fieldBoundariesAreUnambiguous() {
        var a = new AuditEvent(ORG, "ab", "key.issue", "c", "");
        var b = new AuditEvent(ORG, "a", "key.issue", "bc", "");
        var c = new AuditEvent(ORG, "", "key.issue", "", "");
        var d = new AuditEvent(ORG, null, "key.issue", "", "");
        assertThat(AuditChain.hash(AuditChain.GENESIS, 1, AT, a)).isNotEqualTo(AuditChain.hash(AuditChain.GENESIS, 1, AT, b));
        assertThat(AuditChain.hash(AuditChain.GENESIS, 1, AT, c)).isNotEqualTo(AuditChain.hash(AuditChain.GENESIS, 1, AT, d));
    }
}
