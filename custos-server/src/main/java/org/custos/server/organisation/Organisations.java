package org.custos.server.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.custos.server.web.ConflictException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The organisation table. */
@Repository
public class Organisations {
    private final JdbcClient jdbc;

    public Organisations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Organisation create(NewOrganisation request, boolean operator) {
        if (jdbc.sql("select 1 from organisation where name = ?").param(request.name()).query().listOfRows()
                .size() > 0) {
            throw new ConflictException("an organisation named '" + request.name() + "' exists already");
        }
        Organisation created = new Organisation(UUID.randomUUID(), request.name(), request.kind(),
                request.jurisdiction(), operator, Instant.now().truncatedTo(ChronoUnit.MICROS));
        jdbc.sql("insert into organisation (id, name, kind, jurisdiction, operator, created_at) "
                        + "values (?, ?, ?, ?, ?, ?)")
                .params(created.id(), created.name(), created.kind().name(), created.jurisdiction(),
                        created.operator(), OffsetDateTime.ofInstant(created.createdAt(), ZoneOffset.UTC))
                .update();
        return created;
    }

    public Optional<Organisation> find(UUID id) {
        return jdbc.sql("select * from organisation where id = ?").param(id).query(Organisations::row).optional();
    }

    public List<Organisation> all() {
        return jdbc.sql("select * from organisation order by created_at, name").query(Organisations::row).list();
    }

    public boolean any() {
        return jdbc.sql("select exists (select 1 from organisation)").query(Boolean.class).single();
    }

    private static Organisation row(ResultSet rs, int n) throws SQLException {
        return new Organisation(rs.getObject("id", UUID.class), rs.getString("name"),
                OrganisationKind.valueOf(rs.getString("kind")), rs.getString("jurisdiction"),
                rs.getBoolean("operator"), rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
