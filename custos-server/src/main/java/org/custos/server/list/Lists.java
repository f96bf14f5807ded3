package org.custos.server.list;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.custos.lists.ListPurpose;
import org.custos.lists.terminology.Scheme;
import org.custos.server.web.ConflictException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The hash_list and list_grant tables. */
@Repository
public class Lists {
    private final JdbcClient jdbc;

    public Lists(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ListInfo create(UUID organisationId, NewList request) {
        boolean taken = jdbc.sql("select exists (select 1 from hash_list where organisation_id = ? and name = ?)")
                .params(organisationId, request.name()).query(Boolean.class).single();
        if (taken) {
            throw new ConflictException("this organisation has a list named '" + request.name() + "' already");
        }
        UUID id = UUID.randomUUID();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        jdbc.sql("insert into hash_list (id, organisation_id, name, purpose, scheme, pdq_threshold, created_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?)")
                .params(id, organisationId, request.name(), request.purpose().name(),
                        Scheme.ofToken(request.scheme()).token(), request.pdqThreshold(),
                        OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .update();
        return find(id).orElseThrow();
    }

    public Optional<ListInfo> find(UUID id) {
        return jdbc.sql("select * from hash_list where id = ?").param(id).query(Lists::row).optional();
    }

    /** How the organisation may use the list, if at all. */
    public Optional<ListAccess> access(UUID organisationId, UUID listId) {
        return jdbc.sql("select case when l.organisation_id = ? then 'OWNER' else g.level end from hash_list l "
                        + "left join list_grant g on g.list_id = l.id and g.organisation_id = ? where l.id = ?")
                .params(organisationId, organisationId, listId).query(String.class).optional()
                .map(ListAccess::valueOf);
    }

    /** The lists the organisation owns or was granted. */
    public List<ListInfo> visibleTo(UUID organisationId) {
        return jdbc.sql("select l.* from hash_list l where l.organisation_id = ? or exists (select 1 from "
                        + "list_grant g where g.list_id = l.id and g.organisation_id = ?) order by l.created_at")
                .params(organisationId, organisationId).query(Lists::row).list();
    }

    public void grant(UUID listId, UUID organisationId, GrantLevel level) {
        jdbc.sql("insert into list_grant (list_id, organisation_id, level, granted_at) values (?, ?, ?, now()) "
                        + "on conflict (list_id, organisation_id) do update set level = excluded.level")
                .params(listId, organisationId, level.name()).update();
    }

    public boolean revokeGrant(UUID listId, UUID organisationId) {
        jdbc.sql("delete from subscription where list_id = ? and organisation_id = ?")
                .params(listId, organisationId).update();
        return jdbc.sql("delete from list_grant where list_id = ? and organisation_id = ?")
                .params(listId, organisationId).update() > 0;
    }

    static ListInfo row(ResultSet rs, int n) throws SQLException {
        return new ListInfo(rs.getObject("id", UUID.class), rs.getInt("number"),
                rs.getObject("organisation_id", UUID.class), rs.getString("name"),
                ListPurpose.valueOf(rs.getString("purpose")), Scheme.ofToken(rs.getString("scheme")),
                rs.getInt("pdq_threshold"), rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
