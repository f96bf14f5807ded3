package org.custos.server.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Appends events to the audit chain inside the caller's transaction, so a change and its record commit
 * together or not at all. A transaction-scoped advisory lock orders appenders: each reads the head, links
 * to it and moves it, and the next waits until that commits. A transaction takes the lock and reads the head
 * once, however many records it appends (a match appends two or more: the case's and each match event's), and
 * moves the stored head once, just before it commits ({@link Chain}): a round trip or three per record fewer
 * on the path of every recorded match.
 */
@Repository
public class AuditLog {
    private static final long APPEND_LOCK = 0x637573746f73L; // "custos"
    private final JdbcClient jdbc;

    public AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public AuditRecord append(AuditEvent event) {
        Chain chain = chain();
        Head head = chain.head();
        long seq = head.seq() + 1;
        Instant at = AuditChain.truncate(Instant.now());
        byte[] hash = AuditChain.hash(head.hash(), seq, at, event);
        jdbc.sql("insert into audit_record (seq, at, organisation_id, actor_key_id, action, subject, detail,"
                        + " previous_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(seq, OffsetDateTime.ofInstant(at, ZoneOffset.UTC), event.organisationId(),
                        event.actorKeyId(), event.action(), event.subject(), event.detail(), head.hash(), hash)
                .update();
        chain.moveTo(new Head(seq, hash));
        return new AuditRecord(seq, at, event.organisationId(), event.actorKeyId(), event.action(),
                event.subject(), event.detail(), head.hash(), hash);
    }

    /** Takes the chain's lock until the transaction ends (re-entrant within it). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lock() {
        chain();
    }

    /** This transaction's hold on the chain: the lock taken, on first use, and the head as it has moved it. */
    private Chain chain() {
        Chain chain = (Chain) TransactionSynchronizationManager.getResource(this);
        if (chain == null) {
            jdbc.sql("select pg_advisory_xact_lock(?)").param(APPEND_LOCK).query().singleRow();
            chain = new Chain();
            TransactionSynchronizationManager.bindResource(this, chain);
            TransactionSynchronizationManager.registerSynchronization(chain);
        }
        return chain;
    }

    private Head storedHead() {
        return jdbc.sql("select seq, hash from audit_head").query((rs, n) -> new Head(rs.getLong(1), rs.getBytes(2)))
                .optional().orElse(new Head(0, AuditChain.GENESIS));
    }

    private void storeHead(Head head) {
        jdbc.sql("insert into audit_head (singleton, seq, hash) values (true, ?, ?) "
                + "on conflict (singleton) do update set seq = excluded.seq, hash = excluded.hash")
                .params(head.seq(), head.hash()).update();
    }

    /**
     * The chain as one transaction holds it: read at the first append, moved by each, stored before commit (in
     * the transaction, so the head and the records commit together), set aside while an inner transaction runs
     * on its own (which takes the lock for itself, and waits for this one), forgotten when the transaction ends.
     */
    private final class Chain implements TransactionSynchronization {
        private Head head;
        private boolean moved;

        Head head() {
            if (head == null) {
                head = storedHead();
            }
            return head;
        }

        void moveTo(Head next) {
            head = next;
            moved = true;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            if (moved) {
                storeHead(head);
            }
        }

        @Override
        public void suspend() {
            TransactionSynchronizationManager.unbindResource(AuditLog.this);
        }

        @Override
        public void resume() {
            TransactionSynchronizationManager.bindResource(AuditLog.this, this);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(AuditLog.this);
        }
    }

    /** An organisation's own records, newest first, {@code limit} of them from before {@code beforeSeq}. */
    public List<AuditRecord> of(UUID organisationId, long beforeSeq, int limit) {
        return jdbc.sql("select * from audit_record where organisation_id = ? and seq < ? order by seq desc limit ?")
                .params(organisationId, beforeSeq, limit).query(AuditLog::row).list();
    }

    static AuditRecord row(ResultSet rs, int n) throws SQLException {
        return new AuditRecord(rs.getLong("seq"), rs.getObject("at", OffsetDateTime.class).toInstant(),
                rs.getObject("organisation_id", UUID.class), rs.getString("actor_key_id"), rs.getString("action"),
                rs.getString("subject"), rs.getString("detail"), rs.getBytes("previous_hash"), rs.getBytes("hash"));
    }

    private record Head(long seq, byte[] hash) {
    }
}
