package org.custos.reports.ncmec;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.custos.Preconditions;

/** Where the CyberTipline API lives (its {@code /ispws} base, or a test server) and the ESP's credentials. */
public record CyberTiplineCredentials(URI baseUri, String username, String password) {
    public CyberTiplineCredentials {
        Preconditions.check(baseUri != null && baseUri.isAbsolute(), "CyberTipline base URI must be absolute: %s", baseUri);
        Preconditions.check(username != null && !username.isBlank(), "CyberTipline username is required");
        Preconditions.check(password != null && !password.isEmpty(), "CyberTipline password is required");
    }

    URI endpoint(String name) {
        String base = baseUri.toString();
        return URI.create(base.endsWith("/") ? base + name : base + "/" + name);
    }

    String basicAuthorization() {
        String pair = username + ":" + password;
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "CyberTiplineCredentials[" + baseUri + ", " + username + ", password hidden]";
    }
}
