package org.custos.server.federation;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.custos.CustosException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The HTTP side of a pull: the next release's version, body and signature from another Custos node. */
@Component
public class RemoteNode {
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final JsonMapper json;

    public RemoteNode(JsonMapper json) {
        this.json = json;
    }

    /** Whether the remote list has a release after {@code version}. */
    public Optional<Long> next(FederationSources.Pull pull, long version) {
        JsonNode releases = json.readTree(fetch(pull, "/releases?limit=1&after=" + version));
        return releases.isEmpty() ? Optional.empty() : Optional.of(releases.get(0).get("version").asLong());
    }

    public byte[] body(FederationSources.Pull pull, long version) {
        return fetch(pull, "/releases/" + version + "/body");
    }

    public String signature(FederationSources.Pull pull, long version) {
        return new String(fetch(pull, "/releases/" + version + "/signature"), java.nio.charset.StandardCharsets.UTF_8);
    }

    private byte[] fetch(FederationSources.Pull pull, String path) {
        URI uri = URI.create(pull.remoteUrl() + "/v1/lists/" + pull.state().listId() + path);
        try {
            HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + pull.remoteKey()).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new CustosException(uri + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new CustosException("cannot reach " + uri + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CustosException("interrupted while fetching " + uri, e);
        }
    }
}
