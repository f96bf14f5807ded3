package org.custos.server.db;

import java.nio.file.Path;
import org.custos.CustosException;

/** The embedded PostgreSQL could not start or stop in its data directory (locked by another process, disk...). */
public final class DatabaseStartException extends CustosException {
    private final Path dataDirectory;

    public DatabaseStartException(Path dataDirectory, Throwable cause) {
        super("the embedded PostgreSQL in " + dataDirectory + " failed: " + cause.getMessage()
                + " (is another Custos server using this data directory?)", cause);
        this.dataDirectory = dataDirectory;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }
}
