package org.custos.server.match;

import java.util.UUID;
import org.custos.hash.FileDigests;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The match_event table: written only for matches, never for a query that matched nothing. */
@Repository
public class MatchEvents {
    private final JdbcClient jdbc;

    public MatchEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public UUID record(UUID organisationId, UUID listId, long entryKey, MatchedEntry match, FileDigests content) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into match_event (id, organisation_id, list_id, entry_key, signal_type, distance, "
                        + "content_sha256, content_md5, at) values (?, ?, ?, ?, ?, ?, ?, ?, now())")
                .params(id, organisationId, listId, entryKey, match.signalType(), match.distance(),
                        content == null ? null : content.sha256(), content == null ? null : content.md5())
                .update();
        return id;
    }

    public long count(UUID organisationId) {
        return jdbc.sql("select count(*) from match_event where organisation_id = ?").param(organisationId)
                .query(Long.class).single();
    }
}
