package org.custos.server.review;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The content_view_request table: requests to view, counted per reviewer key and UTC day. */
@Repository
class ContentViews {
    private final JdbcClient jdbc;

    ContentViews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    int today(String keyId) {
        return jdbc.sql("select count(*) from content_view_request where key_id = ? "
                        + "and day = (now() at time zone 'UTC')::date")
                .param(keyId).query(Integer.class).single();
    }

    UUID record(UUID organisationId, UUID caseId, String keyId, String reason) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into content_view_request (id, organisation_id, case_id, key_id, reason, day, at) "
                        + "values (?, ?, ?, ?, ?, (now() at time zone 'UTC')::date, now())")
                .params(id, organisationId, caseId, keyId, reason).update();
        return id;
    }
}
