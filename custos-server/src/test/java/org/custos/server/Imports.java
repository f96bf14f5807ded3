package org.custos.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** Runs an import job over HTTP and waits (at most a minute) for it to finish. */
final class Imports {
    private Imports() {
    }

    static JsonNode run(Api api, UUID list, String format, String body) {
        var accepted = api.postBytes("/v1/lists/" + list + "/imports?format=" + format, "application/octet-stream",
                body.getBytes());
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        return finished(api, accepted.json().get("id").asString());
    }

    static JsonNode finished(Api api, String jobId) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (true) {
            JsonNode job = api.get("/v1/imports/" + jobId).json();
            String status = job.get("status").asString();
            if (status.equals("DONE") || status.equals("FAILED") || System.nanoTime() > deadline) {
                return job;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return job;
            }
        }
    }
}
