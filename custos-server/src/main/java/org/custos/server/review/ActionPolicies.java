package org.custos.server.review;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The action_policy table; every query names the organisation. */
@Repository
class ActionPolicies {
    private final JdbcClient jdbc;

    ActionPolicies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void put(UUID organisationId, NewActionPolicy rule) {
        jdbc.sql("insert into action_policy (organisation_id, list_id, category, action, updated_at) "
                        + "values (?, ?, ?, ?, now()) on conflict (organisation_id, list_id, category) "
                        + "do update set action = excluded.action, updated_at = excluded.updated_at")
                .params(organisationId, rule.listId(), rule.category(), rule.action().name()).update();
    }

    boolean remove(UUID organisationId, UUID listId, String category) {
        return jdbc.sql("delete from action_policy where organisation_id = ? and list_id = ? and category = ?")
                .params(organisationId, listId, category).update() > 0;
    }

    List<ActionPolicy> of(UUID organisationId) {
        return jdbc.sql("select list_id, category, action, updated_at from action_policy where organisation_id = ? "
                        + "order by list_id, category")
                .param(organisationId)
                .query((rs, n) -> new ActionPolicy(rs.getObject(1, UUID.class), rs.getString(2),
                        Action.valueOf(rs.getString(3)), rs.getObject(4, OffsetDateTime.class).toInstant()))
                .list();
    }
}
