package org.custos.server.list;

import java.util.List;
import java.util.UUID;
import org.custos.lists.ListPurpose;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The subscription table. */
@Repository
public class Subscriptions {
    private final JdbcClient jdbc;

    public Subscriptions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void put(UUID organisationId, NewSubscription request) {
        jdbc.sql("insert into subscription (organisation_id, list_id, policy, created_at) values (?, ?, ?, now()) "
                        + "on conflict (organisation_id, list_id) do update set policy = excluded.policy")
                .params(organisationId, request.listId(), request.policy()).update();
    }

    public boolean remove(UUID organisationId, UUID listId) {
        return jdbc.sql("delete from subscription where organisation_id = ? and list_id = ?")
                .params(organisationId, listId).update() > 0;
    }

    public List<Subscription> of(UUID organisationId) {
        return jdbc.sql("select l.id, l.number, l.name, l.purpose, l.pdq_threshold, s.policy from subscription s "
                        + "join hash_list l on l.id = s.list_id where s.organisation_id = ? order by l.number")
                .param(organisationId)
                .query((rs, n) -> new Subscription(rs.getObject(1, UUID.class), rs.getInt(2), rs.getString(3),
                        ListPurpose.valueOf(rs.getString(4)), rs.getInt(5), rs.getString(6)))
                .list();
    }
}
