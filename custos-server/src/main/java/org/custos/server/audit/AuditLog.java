package org.custos.server.audit;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.custos.server.db.SqlBatch;
import org.custos.server.db.SqlQuery;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapperResultSetExtractor;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.StatementCreatorUtils;
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
 * once, in one round trip, however many records it appends ({@link Chain}); each record goes to the database
 * with the head it moves, in one round trip, or in the caller's {@link SqlBatch} with its other writes (a
 * recorded match appends two records or more).
 */
@Repository
public class AuditLog {
    private static final long APPEND_LOCK = 0x637573746f73L; // "custos"
    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    public AuditLog(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public AuditRecord append(AuditEvent event) {
        SqlBatch writes = new SqlBatch();
        AuditRecord record = append(writes, event);
        writes.run(jdbc);
        return record;
    }

    /** Adds the record and the head it moves to {@code writes}, which the caller runs in this transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public AuditRecord append(SqlBatch writes, AuditEvent event) {
        Chain chain = chain();
        Head head = chain.head;
        long seq = head.seq() + 1;
        Instant at = AuditChain.truncate(Instant.now());
        byte[] hash = AuditChain.hash(head.hash(), seq, at, event);
        writes.add("insert into audit_record (seq, at, organisation_id, actor_key_id, action, subject, detail,"
                        + " previous_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                seq, OffsetDateTime.ofInstant(at, ZoneOffset.UTC), event.organisationId(), event.actorKeyId(),
                event.action(), event.subject(), event.detail(), head.hash(), hash);
        writes.add("insert into audit_head (singleton, seq, hash) values (true, ?, ?) on conflict (singleton) do "
                + "update set seq = excluded.seq, hash = excluded.hash where audit_head.seq < excluded.seq", seq, hash);
        chain.head = new Head(seq, hash);
        return new AuditRecord(seq, at, event.organisationId(), event.actorKeyId(), event.action(),
                event.subject(), event.detail(), head.hash(), hash);
    }

    /** Takes the chain's lock until the transaction ends (re-entrant within it). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lock() {
        chain();
    }

    /**
     * Takes the chain's lock (if this transaction does not hold it yet) and runs {@code read} in the same round
     * trip: a recorded match reads its entries this way before it writes.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public <T> List<T> lockAndRead(SqlQuery<T> read) {
        if (TransactionSynchronizationManager.getResource(this) != null) {
            return read.run(jdbc);
        }
        List<List<T>> rows = new ArrayList<>(1);
        hold(lockAndReadHead(read, rows));
        return rows.getFirst();
    }

    /** This transaction's hold on the chain: the lock and the head, taken on first use. */
    private Chain chain() {
        Chain chain = (Chain) TransactionSynchronizationManager.getResource(this);
        return chain != null ? chain : hold(lockAndReadHead(null, null));
    }

    private Chain hold(Head head) {
        Chain chain = new Chain(head);
        TransactionSynchronizationManager.bindResource(this, chain);
        TransactionSynchronizationManager.registerSynchronization(chain);
        return chain;
    }

    /**
     * The lock, then the head, then the optional read, in one round trip. Under read committed each statement
     * takes its snapshot when it starts, so those after the lock see what the last holder committed.
     */
    private <T> Head lockAndReadHead(SqlQuery<T> read, List<List<T>> readRows) {
        String sql = "select pg_advisory_xact_lock(?); select seq, hash from audit_head"
                + (read == null ? "" : "; " + read.sql());
        return template.execute(sql, (PreparedStatement statement) -> {
            statement.setLong(1, APPEND_LOCK);
            if (read != null) {
                for (int i = 0; i < read.params().size(); i++) {
                    StatementCreatorUtils.setParameterValue(statement, i + 2, SqlTypeValue.TYPE_UNKNOWN,
                            read.params().get(i));
                }
            }
            statement.execute();
            statement.getMoreResults();
            Head head;
            try (ResultSet rs = statement.getResultSet()) {
                head = rs.next() ? new Head(rs.getLong(1), rs.getBytes(2)) : new Head(0, AuditChain.GENESIS);
            }
            if (read != null) {
                statement.getMoreResults();
                try (ResultSet rs = statement.getResultSet()) {
                    readRows.add(new RowMapperResultSetExtractor<>(read.rows()).extractData(rs));
                }
            }
            return head;
        });
    }

    /**
     * The chain as one transaction holds it, set aside while an inner transaction runs on its own (which takes
     * the lock for itself, and waits for this one), forgotten when the transaction ends.
     */
    private final class Chain implements TransactionSynchronization {
        private Head head;

        Chain(Head head) {
            this.head = head;
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
