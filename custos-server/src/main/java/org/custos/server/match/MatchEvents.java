package org.custos.server.match;

import java.util.List;
import java.util.UUID;
import org.custos.hash.FileDigests;
import org.custos.server.db.SqlBatch;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The match_event table: written only for matches, never for a query that matched nothing. */
@Repository
public class MatchEvents {
    private final JdbcClient jdbc;

    public MatchEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the event's insert to {@code writes}; returns its id. */
    public UUID record(SqlBatch writes, UUID organisationId, UUID listId, long entryKey, MatchedEntry match,
                       FileDigests content, UUID caseId) {
        UUID id = UUID.randomUUID();
        writes.add("insert into match_event (id, organisation_id, list_id, entry_key, signal_type, distance, "
                        + "content_sha256, content_md5, at, case_id, action) values (?, ?, ?, ?, ?, ?, ?, ?, now(), ?, ?)",
                id, organisationId, listId, entryKey, match.signalType(), match.distance(),
                content == null ? null : content.sha256(), content == null ? null : content.md5(), caseId,
                match.action());
        return id;
    }

    /** The organisation's match events, newest first. */
    public List<MatchEvent> of(UUID organisationId, int limit) {
        return jdbc.sql("select m.id, m.list_id, e.entry_id, m.signal_type, m.distance, m.content_sha256, "
                        + "m.content_md5, m.at, m.action, m.case_id from match_event m join list_entry e on e.key = m.entry_key "
                        + "where m.organisation_id = ? order by m.at desc limit ?")
                .params(organisationId, limit)
                .query((rs, n) -> new MatchEvent(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getString(3), rs.getString(4), rs.getInt(5), rs.getString(6), rs.getString(7),
                        rs.getObject(8, java.time.OffsetDateTime.class).toInstant(), rs.getString(9),
                        rs.getObject(10, UUID.class)))
                .list();
    }

    public long count(UUID organisationId) {
        return jdbc.sql("select count(*) from match_event where organisation_id = ?").param(organisationId)
                .query(Long.class).single();
    }
}
