package org.custos.cli;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Callable;
import org.custos.server.CustosServer;
import org.custos.server.RunningServer;
import org.custos.server.ServerSettings;
import org.custos.server.db.DatabaseSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code custos serve}: runs the server until interrupted. With no database configured it keeps an embedded
 * PostgreSQL in the data directory; with CUSTOS_DB_URL (and _USER, _PASSWORD) it uses that database.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Run the Custos server (embedded PostgreSQL in the data directory unless CUSTOS_DB_URL is set).",
            "The first start prints the operator's API key, once."})
public final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", description = "HTTP port (default: ${DEFAULT-VALUE}; 0 for any free port)",
            defaultValue = "8080")
    int port;

    @Option(names = "--data-dir", description = "where the embedded PostgreSQL keeps its data (default: ${DEFAULT-VALUE})",
            defaultValue = "custos-data")
    Path dataDirectory;

    @Override
    public Integer call() throws InterruptedException {
        ServerSettings settings = ServerSettings.defaults(System.getenv()).withPort(port).withDataDirectory(dataDirectory);
        System.err.println("custos: starting on port " + port + ", " + settings.database()
                .map(DatabaseSettings::url).orElse("embedded PostgreSQL in " + dataDirectory.toAbsolutePath()) + " …");
        RunningServer server;
        try {
            server = CustosServer.start(settings);
        } catch (RuntimeException e) {
            System.err.println("custos: the server did not start: " + e.getMessage());
            return 2;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.err.println("custos: stopping (finishing requests in flight) …");
            server.close();
            stopped.countDown();
        }, "custos-shutdown"));
        ServeAnnouncement.print(server, System.out);
        stopped.await();
        return 0;
    }
}
