package org.custos.server.list;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.custos.lists.imports.ImportSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The import_job table. Progress is written outside the import's transaction, so it shows while it runs. */
@Repository
public class ImportJobs {
    private final JdbcClient jdbc;

    public ImportJobs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ImportJob create(UUID organisationId, UUID listId, String format, String idempotencyKey) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into import_job (id, organisation_id, list_id, format, idempotency_key, status, created_at) "
                        + "values (?, ?, ?, ?, ?, 'QUEUED', now())")
                .params(id, organisationId, listId, format, idempotencyKey).update();
        return find(organisationId, id).orElseThrow();
    }

    public Optional<ImportJob> find(UUID organisationId, UUID id) {
        return jdbc.sql("select * from import_job where organisation_id = ? and id = ?").params(organisationId, id)
                .query(ImportJobs::row).optional();
    }

    public Optional<ImportJob> byIdempotencyKey(UUID organisationId, String key) {
        return jdbc.sql("select * from import_job where organisation_id = ? and idempotency_key = ?")
                .params(organisationId, key).query(ImportJobs::row).optional();
    }

    public void status(UUID id, ImportJob.Status status) {
        jdbc.sql("update import_job set status = ? where id = ?").params(status.name(), id).update();
    }

    public void progress(UUID id, long applied, long total) {
        jdbc.sql("update import_job set entries_applied = ?, entries_total = ? where id = ?")
                .params(applied, total, id).update();
    }

    public void done(UUID id, ImportSummary summary, long added) {
        jdbc.sql("update import_job set status = 'DONE', entries_applied = ?, entries_total = ?, added = ?, "
                        + "sha256 = ?, finished_at = now() where id = ?")
                .params(summary.entries(), summary.entries(), added, summary.sha256(), id).update();
    }

    public void failed(UUID id, String error) {
        jdbc.sql("update import_job set status = 'FAILED', error = ?, finished_at = now() where id = ?")
                .params(error, id).update();
    }

    /** Jobs left unfinished by a stopped server: their spooled uploads are gone, and nothing was applied. */
    public int failInterrupted() {
        return jdbc.sql("update import_job set status = 'FAILED', finished_at = now(), error = "
                + "'the server stopped before this import finished; nothing was applied, upload it again' "
                + "where status in ('QUEUED', 'VALIDATING', 'APPLYING')").update();
    }

    private static ImportJob row(ResultSet rs, int n) throws SQLException {
        OffsetDateTime finished = rs.getObject("finished_at", OffsetDateTime.class);
        return new ImportJob(rs.getObject("id", UUID.class), rs.getObject("list_id", UUID.class),
                rs.getString("format"), rs.getString("idempotency_key"),
                ImportJob.Status.valueOf(rs.getString("status")), rs.getLong("entries_applied"),
                (Long) rs.getObject("entries_total"), (Long) rs.getObject("added"), rs.getString("sha256"),
                rs.getString("error"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                finished == null ? null : finished.toInstant());
    }
}
