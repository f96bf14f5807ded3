package org.custos.server.report;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.custos.Preconditions;
import org.custos.reports.routing.AdapterKind;

/**
 * Where a receiving body named in the routing rules takes reports: the adapter, its endpoint, and the
 * credentials (CyberTipline: username and password; webhook: key id and HMAC secret; a Custos peer: the
 * recipient authority's organisation id there, as {@code username}, and no secret, since envelopes are signed
 * with the reporting organisation's release key). The secret is never answered over HTTP nor shown by
 * {@link #toString()}.
 */
public record BodyEndpoint(AdapterKind adapter, URI endpoint, String username, String secret) {
    public BodyEndpoint {
        Preconditions.checkNotNull(adapter, "adapter");
        Preconditions.check(endpoint != null && endpoint.isAbsolute() && endpoint.getScheme().matches("https?"),
                "endpoint must be an absolute http(s) URI: %s", endpoint);
        Preconditions.check(username != null && !username.isBlank(), "%s endpoint needs a username (key id, "
                + "recipient)", adapter);
        Preconditions.check(adapter == AdapterKind.CUSTOS || secret != null && !secret.isEmpty(),
                "%s endpoint needs a secret", adapter);
        secret = adapter == AdapterKind.CUSTOS ? "" : secret;
        Preconditions.check(adapter != AdapterKind.WEBHOOK || secret.getBytes(StandardCharsets.UTF_8).length >= 32,
                "a WEBHOOK endpoint's HMAC secret needs at least 32 bytes");
    }

    @Override
    public String toString() {
        return "BodyEndpoint[" + adapter + ", " + endpoint + ", " + username + ", secret hidden]";
    }
}
