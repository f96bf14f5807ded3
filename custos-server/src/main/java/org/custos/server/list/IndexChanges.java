package org.custos.server.list;

import java.util.List;
import org.custos.lists.Entry;
import org.custos.server.audit.AuditLog;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The feed every server instance follows to keep its indexes current. Appending takes the audit chain's lock
 * first, so change numbers are taken and committed in one order and a reader that saw number n has seen every
 * number below it.
 */
@Repository
public class IndexChanges {
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final JdbcTemplate batches;

    public IndexChanges(JdbcClient jdbc, AuditLog audit, ApplicationEventPublisher events, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.audit = audit;
        this.events = events;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void append(long entryKey, ListInfo list, IndexChange.Op op, Entry entry) {
        String signals = IndexChange.encode(entry.signals());
        if (signals.isEmpty()) {
            return;
        }
        audit.lock();
        jdbc.sql("insert into index_change (seq, entry_key, list_number, op, signals) "
                        + "values (nextval('index_change_seq'), ?, ?, ?, ?)")
                .params(entryKey, list.number(), op.name(), signals).update();
        jdbc.sql("update list_entry set indexed = ? where key = ?")
                .params(op == IndexChange.Op.ADD ? signals : "", entryKey).update();
        events.publishEvent(new IndexChanged());
    }

    /** Feeds a batch of new entries (keys in the same order) to the indexes. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void appendAdds(ListInfo list, List<Long> keys, List<Entry> added) {
        audit.lock();
        List<Object[]> rows = new java.util.ArrayList<>(added.size());
        List<Object[]> indexed = new java.util.ArrayList<>(added.size());
        for (int i = 0; i < added.size(); i++) {
            String signals = IndexChange.encode(added.get(i).signals());
            if (!signals.isEmpty() && !added.get(i).status().tombstone()) {
                rows.add(new Object[] {keys.get(i), list.number(), signals});
                indexed.add(new Object[] {signals, keys.get(i)});
            }
        }
        batches.batchUpdate("insert into index_change (seq, entry_key, list_number, op, signals) "
                + "values (nextval('index_change_seq'), ?, ?, 'ADD', ?)", rows);
        batches.batchUpdate("update list_entry set indexed = ? where key = ?", indexed);
        events.publishEvent(new IndexChanged());
    }

    public List<IndexChange> after(long seq, int limit) {
        return jdbc.sql("select * from index_change where seq > ? order by seq limit ?").params(seq, limit)
                .query((rs, n) -> new IndexChange(rs.getLong("seq"), rs.getLong("entry_key"), rs.getInt("list_number"),
                        IndexChange.Op.valueOf(rs.getString("op")), IndexChange.decode(rs.getString("signals"))))
                .list();
    }

    public long last() {
        return jdbc.sql("select coalesce(max(seq), 0) from index_change").query(Long.class).single();
    }
}
