package org.custos.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Map;
import org.custos.server.audit.AuditVerification;
import org.custos.server.audit.AuditVerifier;
import org.custos.server.audit.OfflineAudit;
import org.custos.server.db.DatabaseSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Tampers with the audit chain directly in PostgreSQL, as someone with database access could (bypassing
 * the append-only trigger), and checks that verification names the first broken record. Each test puts
 * the row back, so the shared database's chain is intact again afterwards.
 */
class AuditChainTamperTest {
    private final RunningServer server = TestServer.get();
    private final JdbcClient sql = JdbcClient.create(server.dataSource());
    private long target;
    private long last;

    @BeforeEach
    void someHistory() {
        Tenant tenant = Tenant.create("HOTLINE");
        tenant.issue("AUDITOR");
        tenant.issue("MATCHER");
        last = sql.sql("select max(seq) from audit_record").query(Long.class).single();
        target = last - 1;
        assertThat(verify().intact()).as(verify().toString()).isTrue();
    }

    @AfterEach
    void intactAgain() {
        assertThat(verify().intact()).as(verify().toString()).isTrue();
    }

    @Test
    void anAlteredRecordIsNamed() {
        String detail = sql.sql("select detail from audit_record where seq = ?").param(target).query(String.class)
                .single();
        bypassingTrigger("update audit_record set detail = 'nothing happened' where seq = " + target);
        assertBroken(target, "altered");
        bypassingTrigger("update audit_record set detail = '" + detail.replace("'", "''") + "' where seq = " + target);
    }

    @Test
    void aDeletedRecordIsNamed() {
        bypassingTrigger("create temporary table saved as select * from audit_record where seq = " + target
                + "; delete from audit_record where seq = " + target);
        assertBroken(target, "missing");
        bypassingTrigger("insert into audit_record select * from saved; drop table saved");
    }

    @Test
    void aRecordRemovedFromTheEndIsNamed() {
        bypassingTrigger("create temporary table saved as select * from audit_record where seq = " + last
                + "; delete from audit_record where seq = " + last);
        assertBroken(last, "removed from the end");
        bypassingTrigger("insert into audit_record select * from saved; drop table saved");
    }

    @Test
    void theApplicationCannotChangeARecord() {
        assertThatThrownBy(() -> sql.sql("delete from audit_record where seq = ?").param(target).update())
                .hasMessageContaining("append-only");
    }

    @Test
    void theEndpointAndTheOfflineCheckAgree() {
        var verification = TestServer.operator().get("/v1/audit/verification");
        assertThat(verification.status()).isEqualTo(200);
        assertThat(verification.json().get("recordsChecked").asLong()).isGreaterThanOrEqualTo(last);
        var hikari = (HikariDataSource) server.dataSource();
        var offline = OfflineAudit.verify(new ServerSettings(0, java.nio.file.Path.of("unused"),
                java.util.Optional.of(new DatabaseSettings(hikari.getJdbcUrl(), hikari.getUsername(), "")), false,
                Map.of()));
        assertThat(offline.intact()).isTrue();
        assertThat(offline.recordsChecked()).isGreaterThanOrEqualTo(last);
    }

    private void assertBroken(long seq, String problem) {
        AuditVerification result = verify();
        assertThat(result.brokenSeq()).as(result.toString()).contains(seq);
        assertThat(result.problem().orElseThrow()).contains("record " + seq, problem);
    }

    private AuditVerification verify() {
        return new AuditVerifier(server.dataSource()).verify();
    }

    /** Runs statements in one session as a superuser with triggers off, as a tamperer would. */
    private void bypassingTrigger(String statements) {
        sql.sql("set session_replication_role = replica; " + statements + "; set session_replication_role = origin")
                .update();
    }
}
