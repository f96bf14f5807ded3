package org.custos.server;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.custos.Preconditions;
import org.custos.server.db.DatabaseSettings;

/**
 * How to run a server: its port (0 for any free one), and either an external database or the data
 * directory of the embedded one ({@code durable} false only for tests), plus Spring properties to override.
 */
public record ServerSettings(int port, Path dataDirectory, Optional<DatabaseSettings> database, boolean durable,
                             Map<String, String> properties) {
    public ServerSettings {
        Preconditions.checkRange(port, 0, 65535, "port");
        Preconditions.checkNotNull(dataDirectory, "dataDirectory");
        Preconditions.checkNotNull(database, "database");
        properties = Map.copyOf(properties);
    }

    /** Port 8080, {@code ./custos-data}, or the database named by CUSTOS_DB_URL. */
    public static ServerSettings defaults(Map<String, String> environment) {
        return new ServerSettings(8080, Path.of("custos-data"), DatabaseSettings.fromEnvironment(environment), true,
                Map.of());
    }

    public ServerSettings withPort(int newPort) {
        return new ServerSettings(newPort, dataDirectory, database, durable, properties);
    }

    public ServerSettings withDataDirectory(Path directory) {
        return new ServerSettings(port, directory, database, durable, properties);
    }

    public ServerSettings withDatabase(DatabaseSettings external) {
        return new ServerSettings(port, dataDirectory, Optional.of(external), durable, properties);
    }

    public ServerSettings withProperties(Map<String, String> more) {
        var merged = new java.util.HashMap<>(properties);
        merged.putAll(more);
        return new ServerSettings(port, dataDirectory, database, durable, merged);
    }
}
