package org.custos.cli;

import java.io.PrintStream;
import org.custos.server.RunningServer;

/** What {@code serve} tells the person who started it: where the server answers, and the first key once. */
final class ServeAnnouncement {
    private ServeAnnouncement() {
    }

    static void print(RunningServer server, PrintStream out) {
        String url = server.url().toString();
        out.println("Custos is running at " + url);
        out.println("  API page:  " + url + "/v1/api.html    OpenAPI: " + url + "/v1/openapi.json");
        out.println("  health:    " + url + "/actuator/health/readiness");
        server.firstAdminKey().ifPresent(issued -> {
            out.println();
            out.println("First start: created the operator organisation and its administrator key.");
            out.println("This key is shown only now; store it safely (it expires " + issued.key().expiresAt() + "):");
            out.println();
            out.println("  " + issued.token());
            out.println();
            out.println("Try: curl -H 'Authorization: Bearer " + issued.token() + "' " + url + "/v1/me");
        });
        out.flush();
    }
}
