package org.custos.server.db;

import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.custos.Preconditions;
import org.postgresql.ds.PGSimpleDataSource;

/** Where the server's PostgreSQL is: a JDBC URL with its user and password. */
public record DatabaseSettings(String url, String user, String password) {
    public static final String URL_VARIABLE = "CUSTOS_DB_URL";
    public static final String USER_VARIABLE = "CUSTOS_DB_USER";
    public static final String PASSWORD_VARIABLE = "CUSTOS_DB_PASSWORD";

    public DatabaseSettings {
        Preconditions.check(url != null && url.startsWith("jdbc:postgresql:"),
                "the database URL must start with jdbc:postgresql:, was '%s'", url);
        user = user == null ? "" : user;
        password = password == null ? "" : password;
    }

    /** An external database named by {@code CUSTOS_DB_URL} (and user, password), if the variable is set. */
    public static Optional<DatabaseSettings> fromEnvironment(Map<String, String> environment) {
        String url = environment.get(URL_VARIABLE);
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new DatabaseSettings(url.strip(), environment.get(USER_VARIABLE),
                environment.get(PASSWORD_VARIABLE)));
    }

    /** Spring properties that point the data source at this database. */
    public Map<String, Object> springProperties() {
        return Map.of("spring.datasource.url", url, "spring.datasource.username", user,
                "spring.datasource.password", password);
    }

    /** A plain, unpooled data source, for short tasks outside the server (the command line). */
    public DataSource dataSource() {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(url);
        source.setUser(user);
        source.setPassword(password);
        return source;
    }

    @Override
    public String toString() {
        return "DatabaseSettings[url=" + url + ", user=" + user + ", password=***]";
    }
}
