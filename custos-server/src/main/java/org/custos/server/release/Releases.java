package org.custos.server.release;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.custos.lists.release.ListRelease;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The list_release table: each release's header, canonical body and signature envelope. */
@Repository
public class Releases {
    private static final String INFO = "version, parent_digest, snapshot_digest, added, changed, removed, "
            + "body_sha256, published_at";
    private final JdbcClient jdbc;

    public Releases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID listId, ListRelease header, byte[] body, String bodySha256, String signature,
                       String idempotencyKey) {
        jdbc.sql("insert into list_release (list_id, version, parent_digest, snapshot_digest, added, changed, removed,"
                        + " body, body_sha256, signature, published_at, idempotency_key) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(listId, header.version(), header.parentDigest(), header.snapshotDigest(), header.added(),
                        header.changed(), header.removed(), body, bodySha256, signature,
                        OffsetDateTime.ofInstant(header.published(), ZoneOffset.UTC), idempotencyKey)
                .update();
    }

    public Optional<ReleaseInfo> byIdempotencyKey(UUID listId, String key) {
        return jdbc.sql("select " + INFO + " from list_release where list_id = ? and idempotency_key = ?")
                .params(listId, key).query(Releases::row).optional();
    }

    public Optional<ReleaseInfo> last(UUID listId) {
        return jdbc.sql("select " + INFO + " from list_release where list_id = ? order by version desc limit 1")
                .param(listId).query(Releases::row).optional();
    }

    public List<ReleaseInfo> after(UUID listId, long version, int limit) {
        return jdbc.sql("select " + INFO + " from list_release where list_id = ? and version > ? order by version "
                + "limit ?").params(listId, version, limit).query(Releases::row).list();
    }

    public Optional<byte[]> body(UUID listId, long version) {
        return jdbc.sql("select body from list_release where list_id = ? and version = ?").params(listId, version)
                .query((rs, n) -> rs.getBytes(1)).optional();
    }

    public Optional<String> signature(UUID listId, long version) {
        return jdbc.sql("select signature from list_release where list_id = ? and version = ?")
                .params(listId, version).query(String.class).optional();
    }

    private static ReleaseInfo row(ResultSet rs, int n) throws SQLException {
        return new ReleaseInfo(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5),
                rs.getLong(6), rs.getString(7), rs.getObject(8, OffsetDateTime.class).toInstant());
    }
}
