package org.custos.server.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.custos.lists.Classification;
import org.custos.server.db.SqlBatch;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The review_case, case_event and (read-only here) match_event tables; every query names the organisation. */
@Repository
class Cases {
    private static final String SELECT = "select c.*, (select count(*) from match_event m where m.case_id = c.id) "
            + "as matches from review_case c ";
    private final JdbcClient jdbc;

    Cases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The undecided case of this account (else batch), if any. */
    Optional<UUID> undecided(UUID organisationId, Grouping grouping) {
        String column = grouping.account() != null ? "account" : "batch";
        String value = grouping.account() != null ? grouping.account() : grouping.batch();
        return jdbc.sql("select id from review_case where organisation_id = ? and " + column + " = ? and status in "
                        + "('BLOCKED', 'OPEN', 'NEEDS_ESCALATION') order by opened_at limit 1")
                .params(organisationId, value).query(UUID.class).optional();
    }

    /** Adds the insert of a new case to the writes; returns its id. */
    UUID open(SqlBatch writes, UUID organisationId, Grouping grouping, Action action) {
        UUID id = UUID.randomUUID();
        writes.add("insert into review_case (id, organisation_id, account, batch, status, action, report_marked, "
                        + "opened_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, now(), now())",
                id, organisationId, grouping.account(), grouping.batch(), statusFor(action).name(), action.name(),
                action == Action.REPORT);
        return id;
    }

    void raise(SqlBatch writes, UUID id, Action action, CaseStatus status) {
        writes.add("update review_case set action = ?, status = ?, report_marked = report_marked or ?, "
                + "updated_at = now() where id = ?", action.name(), status.name(), action == Action.REPORT, id);
    }

    static CaseStatus statusFor(Action action) {
        return action == Action.BLOCK ? CaseStatus.BLOCKED : CaseStatus.OPEN;
    }

    Optional<ReviewCase> find(UUID organisationId, UUID id) {
        return jdbc.sql(SELECT + "where c.organisation_id = ? and c.id = ?").params(organisationId, id)
                .query(Cases::row).optional();
    }

    List<ReviewCase> withStatus(UUID organisationId, List<CaseStatus> statuses, int limit) {
        return jdbc.sql(SELECT + "where c.organisation_id = ? and c.status = any(?) order by c.opened_at limit ?")
                .params(organisationId, statuses.stream().map(Enum::name).toArray(String[]::new), limit)
                .query(Cases::row).list();
    }

    void claim(UUID id, String keyId, Instant until) {
        jdbc.sql("update review_case set claimed_by = ?, claim_expires_at = ?, updated_at = now() where id = ?")
                .params(keyId, OffsetDateTime.ofInstant(until, java.time.ZoneOffset.UTC), id).update();
    }

    void release(UUID id) {
        jdbc.sql("update review_case set claimed_by = null, claim_expires_at = null, updated_at = now() where id = ?")
                .param(id).update();
    }

    void decide(UUID id, CaseStatus status, String keyId, Classification classification) {
        jdbc.sql("update review_case set status = ?, decided_by = ?, claimed_by = null, claim_expires_at = null, "
                        + "scheme = ?, label = ?, common_category = ?, common_age = ?, updated_at = now() where id = ?")
                .params(status.name(), keyId, classification == null ? null : classification.scheme().token(),
                        classification == null ? null : classification.label(),
                        classification == null ? null : classification.common().category().name(),
                        classification == null ? null : classification.common().age().name(), id)
                .update();
    }

    void event(UUID id, String keyId, String kind, String detail) {
        SqlBatch writes = new SqlBatch();
        event(writes, id, keyId, kind, detail);
        writes.run(jdbc);
    }

    void event(SqlBatch writes, UUID id, String keyId, String kind, String detail) {
        writes.add("insert into case_event (case_id, at, actor_key_id, kind, detail) values (?, now(), ?, ?, ?)",
                id, keyId, kind, detail);
    }

    List<CaseEvent> history(UUID id) {
        return jdbc.sql("select at, actor_key_id, kind, detail from case_event where case_id = ? order by seq")
                .param(id).query((rs, n) -> new CaseEvent(instant(rs, "at"), rs.getString(2), rs.getString(3),
                        rs.getString(4))).list();
    }

    List<CaseMatch> matches(UUID organisationId, UUID id) {
        return jdbc.sql("select m.id, m.list_id, e.entry_id, m.entry_key, m.signal_type, m.distance, m.action, "
                        + "m.content_sha256, m.content_md5, m.at from match_event m join list_entry e "
                        + "on e.key = m.entry_key where m.organisation_id = ? and m.case_id = ? order by m.at")
                .params(organisationId, id)
                .query((rs, n) -> new CaseMatch(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getString(3), rs.getLong(4), rs.getString(5), rs.getInt(6), Action.valueOf(rs.getString(7)),
                        rs.getString(8), rs.getString(9), instant(rs, "at")))
                .list();
    }

    private static ReviewCase row(ResultSet rs, int n) throws SQLException {
        return new ReviewCase(rs.getObject("id", UUID.class), rs.getString("account"), rs.getString("batch"),
                CaseStatus.valueOf(rs.getString("status")), Action.valueOf(rs.getString("action")),
                rs.getBoolean("report_marked"), rs.getString("claimed_by"), instant(rs, "claim_expires_at"),
                rs.getString("decided_by"), rs.getString("scheme"), rs.getString("label"),
                rs.getString("common_category"), rs.getString("common_age"), rs.getInt("matches"),
                instant(rs, "opened_at"), instant(rs, "updated_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
