package org.custos.server.report;

import java.net.URI;
import java.util.Optional;
import org.custos.reports.routing.AdapterKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The receiving_body table: each body's endpoint, set by the operator. */
@Repository
class BodyEndpoints {
    private final JdbcClient jdbc;

    BodyEndpoints(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void put(String bodyId, BodyEndpoint e) {
        jdbc.sql("insert into receiving_body (id, adapter, endpoint, username, secret, updated_at) values "
                        + "(?, ?, ?, ?, ?, now()) on conflict (id) do update set adapter = excluded.adapter, "
                        + "endpoint = excluded.endpoint, username = excluded.username, secret = excluded.secret, "
                        + "updated_at = now()")
                .params(bodyId, e.adapter().name(), e.endpoint().toString(), e.username(), e.secret()).update();
    }

    Optional<BodyEndpoint> find(String bodyId) {
        return jdbc.sql("select adapter, endpoint, username, secret from receiving_body where id = ?").param(bodyId)
                .query((rs, n) -> new BodyEndpoint(AdapterKind.valueOf(rs.getString(1)), URI.create(rs.getString(2)),
                        rs.getString(3), rs.getString(4))).optional();
    }
}
