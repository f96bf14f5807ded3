package org.custos.server;

import java.net.URI;
import java.util.Optional;
import javax.sql.DataSource;
import org.custos.server.db.EmbeddedDatabase;
import org.custos.server.key.IssuedKey;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A started server. Closing it drains requests in flight (graceful shutdown), stops the application and then
 * the embedded database, if it started one.
 */
public final class RunningServer implements AutoCloseable {
    private final ConfigurableApplicationContext context;
    private final EmbeddedDatabase embedded;
    private final int port;
    private final Optional<IssuedKey> firstAdminKey;

    RunningServer(ConfigurableApplicationContext context, EmbeddedDatabase embedded, int port,
                  Optional<IssuedKey> firstAdminKey) {
        this.context = context;
        this.embedded = embedded;
        this.port = port;
        this.firstAdminKey = firstAdminKey;
    }

    public URI url() {
        return URI.create("http://localhost:" + port);
    }

    public int port() {
        return port;
    }

    /** The operator's key, present only when this start created the operator organisation. */
    public Optional<IssuedKey> firstAdminKey() {
        return firstAdminKey;
    }

    public DataSource dataSource() {
        return context.getBean(DataSource.class);
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public synchronized void close() {
        if (context.isActive()) {
            context.close();
        }
        if (embedded != null) {
            embedded.close();
        }
    }
}
