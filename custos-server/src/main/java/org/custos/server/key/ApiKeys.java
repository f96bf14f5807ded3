package org.custos.server.key;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.custos.server.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The api_key table; every query names the organisation, except the lookup of a presented token. */
@Repository
public class ApiKeys {
    private static final String COLUMNS =
            "id, organisation_id, name, roles, created_at, expires_at, revoked_at, requests_per_second";
    private final JdbcClient jdbc;

    public ApiKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public IssuedKey issue(UUID organisationId, NewApiKey request) {
        String id = ApiKeyToken.newId();
        String token = ApiKeyToken.newToken(id);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        ApiKey key = new ApiKey(id, organisationId, request.name(), request.roles(), now,
                now.plus(request.validity()), null, request.requestsPerSecond());
        jdbc.sql("insert into api_key (id, organisation_id, name, roles, secret_hash, created_at, expires_at,"
                        + " requests_per_second) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, organisationId, key.name(), roleNames(key), ApiKeyToken.hash(token), utc(now),
                        utc(key.expiresAt()), key.requestsPerSecond())
                .update();
        return new IssuedKey(key, token);
    }

    /** The usable key a token stands for; empty for a malformed, unknown, wrong, revoked or expired token. */
    public Optional<ApiKey> authenticate(String token, Instant now) {
        return ApiKeyToken.idOf(token).flatMap(id -> jdbc
                        .sql("select " + COLUMNS + ", secret_hash from api_key where id = ?").param(id)
                        .query((rs, n) -> ApiKeyToken.matches(token, rs.getBytes("secret_hash")) ? row(rs, n) : null)
                        .optional())
                .filter(key -> key.usableAt(now));
    }

    public List<ApiKey> of(UUID organisationId) {
        return jdbc.sql("select " + COLUMNS + " from api_key where organisation_id = ? order by created_at")
                .param(organisationId).query(ApiKeys::row).list();
    }

    public ApiKey get(UUID organisationId, String keyId) {
        return jdbc.sql("select " + COLUMNS + " from api_key where organisation_id = ? and id = ?")
                .params(organisationId, keyId).query(ApiKeys::row).optional()
                .orElseThrow(() -> new NotFoundException("API key", keyId));
    }

    /** Revokes the key at once (idempotent: a revoked key keeps its first revocation time). */
    public ApiKey revoke(UUID organisationId, String keyId) {
        jdbc.sql("update api_key set revoked_at = coalesce(revoked_at, now()) where organisation_id = ? and id = ?")
                .params(organisationId, keyId).update();
        return get(organisationId, keyId);
    }

    private static String[] roleNames(ApiKey key) {
        return key.roles().stream().map(Role::name).sorted().toArray(String[]::new);
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static ApiKey row(ResultSet rs, int n) throws SQLException {
        String[] roles = (String[]) rs.getArray("roles").getArray();
        return new ApiKey(rs.getString("id"), rs.getObject("organisation_id", UUID.class), rs.getString("name"),
                Arrays.stream(roles).map(Role::valueOf).collect(Collectors.toSet()), instant(rs, "created_at"),
                instant(rs, "expires_at"), instant(rs, "revoked_at"), (Integer) rs.getObject("requests_per_second"));
    }
}
