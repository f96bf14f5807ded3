package org.custos.server.report;

import java.net.URI;
import org.custos.Preconditions;
import org.custos.reports.routing.AdapterKind;

/**
 * Where a receiving body named in the routing rules takes reports: the adapter, its endpoint, and the
 * credentials (CyberTipline: username and password; webhook: key id and HMAC secret). The secret is never
 * answered over HTTP nor shown by {@link #toString()}.
 */
public record BodyEndpoint(AdapterKind adapter, URI endpoint, String username, String secret) {
    public BodyEndpoint {
        Preconditions.checkNotNull(adapter, "adapter");
        Preconditions.check(endpoint != null && endpoint.isAbsolute() && endpoint.getScheme().matches("https?"),
                "endpoint must be an absolute http(s) URI: %s", endpoint);
        Preconditions.check(adapter != AdapterKind.CUSTOS, "the CUSTOS adapter is not configurable yet");
        Preconditions.check(username != null && !username.isBlank(), "%s endpoint needs a username (or key id)", adapter);
        Preconditions.check(secret != null && !secret.isEmpty(), "%s endpoint needs a secret", adapter);
    }

    @Override
    public String toString() {
        return "BodyEndpoint[" + adapter + ", " + endpoint + ", " + username + ", secret hidden]";
    }
}
