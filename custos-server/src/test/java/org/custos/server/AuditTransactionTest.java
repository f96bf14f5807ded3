package org.custos.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.custos.server.audit.AuditEvent;
import org.custos.server.audit.AuditLog;
import org.custos.server.audit.AuditRecord;
import org.custos.server.audit.AuditVerifier;
import org.custos.server.db.SqlQuery;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A transaction holds the audit chain once (lock, head) and stores the head once, before it commits; an inner
 * transaction of its own (REQUIRES_NEW, as report deliveries and imports use) holds it for itself.
 */
class AuditTransactionTest {
    private final RunningServer server = TestServer.get();
    private final AuditLog audit = server.bean(AuditLog.class);
    private final JdbcClient sql = JdbcClient.create(server.dataSource());
    private final TransactionTemplate outer = new TransactionTemplate(server.bean(PlatformTransactionManager.class));

    @Test
    void severalRecordsInOneTransactionLinkAndMoveTheHeadOnce() {
        List<AuditRecord> written = outer.execute(status -> List.of(append("one"), append("two"), append("three")));
        assertThat(written.get(1).previousHash()).isEqualTo(written.get(0).hash());
        assertThat(written.get(2).previousHash()).isEqualTo(written.get(1).hash());
        assertThat(headSeq()).isGreaterThanOrEqualTo(written.get(2).seq());
        assertThat(new AuditVerifier(server.dataSource()).verify().intact()).isTrue();
    }

    @Test
    void anInnerTransactionOfItsOwnHoldsTheChainForItself() {
        TransactionTemplate inner = new TransactionTemplate(server.bean(PlatformTransactionManager.class));
        inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        List<AuditRecord> written = outer.execute(status -> {
            AuditRecord first = inner.execute(s -> append("inner"));
            return List.of(first, append("outer after inner"));
        });
        assertThat(written.get(1).previousHash()).isEqualTo(written.get(0).hash());
        assertThat(new AuditVerifier(server.dataSource()).verify().intact()).isTrue();
    }

    @Test
    void aReadSharesTheLocksRoundTripAndTheHeadItReadIsTheLastCommitted() {
        AuditRecord before = outer.execute(status -> append("before"));
        List<Object> read = outer.execute(status -> {
            List<Integer> answer = audit.lockAndRead(new SqlQuery<>("select ?::int + 1", List.of(41),
                    (rs, n) -> rs.getInt(1)));
            AuditRecord after = append("after a shared read");
            return List.of(answer, after);
        });
        assertThat(read.get(0)).isEqualTo(List.of(42));
        AuditRecord after = (AuditRecord) read.get(1);
        assertThat(after.seq()).isGreaterThan(before.seq());
        assertThat(new AuditVerifier(server.dataSource()).verify().intact()).isTrue();
        List<Integer> seven = outer.execute(status -> {
            audit.lock();
            return audit.lockAndRead(new SqlQuery<>("select 7", List.of(), (rs, n) -> rs.getInt(1)));
        });
        assertThat(seven).as("a transaction that holds the lock just reads").containsExactly(7);
    }

    @Test
    void aRolledBackTransactionLeavesNeitherRecordsNorHead() {
        long before = headSeq();
        outer.execute(status -> {
            append("rolled back");
            status.setRollbackOnly();
            return null;
        });
        assertThat(headSeq()).isGreaterThanOrEqualTo(before);
        assertThat(new AuditVerifier(server.dataSource()).verify().intact()).isTrue();
    }

    private AuditRecord append(String detail) {
        return audit.append(new AuditEvent(null, null, "test.append", "audit-transaction-test", detail));
    }

    private long headSeq() {
        return sql.sql("select seq from audit_head").query(Long.class).single();
    }
}
