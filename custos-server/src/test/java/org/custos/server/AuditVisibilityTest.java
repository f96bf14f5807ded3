package org.custos.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuditVisibilityTest {
    @Test
    void anAuditorSeesItsOwnOrganisationsRecordsOnly() {
        Tenant provider = Tenant.create("PROVIDER");
        Tenant authority = Tenant.create("AUTHORITY");
        String providerKey = provider.issue("MATCHER").get("key").get("id").asString();
        String authorityKey = authority.issue("MATCHER").get("key").get("id").asString();
        var records = provider.key("AUDITOR").get("/v1/audit?limit=1000");
        assertThat(records.status()).isEqualTo(200);
        assertThat(records.body()).contains("key.issue", providerKey, "organisation.create")
                .doesNotContain(authorityKey, authority.id().toString());
        for (var record : records.json()) {
            assertThat(record.get("organisationId").asString()).isEqualTo(provider.id().toString());
            assertThat(record.get("hash").asString()).hasSize(64);
        }
    }
}
