package org.custos.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServerRunningTest {
    @Test
    void healthAndReadinessAnswerWithoutAKey() {
        assertThat(TestServer.anonymous().get("/actuator/health/liveness").status()).isEqualTo(200);
        var readiness = TestServer.anonymous().get("/actuator/health/readiness");
        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.json().get("status").asString()).isEqualTo("UP");
    }

    @Test
    void firstStartCreatedTheOperatorWithAnAllRoleKey() {
        var me = TestServer.operator().get("/v1/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("operator").asBoolean()).isTrue();
        assertThat(me.json().get("roles").toString()).contains("ADMIN", "LIST_CURATOR", "MATCHER", "REVIEWER",
                "AUDITOR");
    }

    @Test
    void openApiDocumentAndPageAreServed() {
        var document = TestServer.anonymous().get("/v1/openapi.json");
        assertThat(document.status()).isEqualTo(200);
        assertThat(document.json().get("openapi").asString()).startsWith("3.");
        assertThat(document.json().get("paths").has("/v1/organisations/{organisationId}/keys")).isTrue();
        var page = TestServer.anonymous().get("/v1/api.html");
        assertThat(page.status()).isIn(200, 302);
    }

    @Test
    void prometheusNeedsAnOperatorKey() {
        assertThat(TestServer.anonymous().get("/actuator/prometheus").status()).isEqualTo(401);
        assertThat(Tenant.create("PROVIDER").key("ADMIN", "AUDITOR").get("/actuator/prometheus").status())
                .isEqualTo(403);
        var metrics = TestServer.operator().get("/actuator/prometheus");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("http_server_requests_seconds");
    }

    @Test
    void anOversizedBodyIsRefusedWith413() {
        byte[] body = new byte[(int) TestServer.MAX_REQUEST_BYTES + 1];
        var response = TestServer.operator().postBytes("/v1/organisations", "application/json", body);
        assertThat(response.status()).isEqualTo(413);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().get("detail").asString()).contains("limit of " + TestServer.MAX_REQUEST_BYTES);
    }

    @Test
    void anOversizedBodyWithoutALengthIsCutOffWith413() {
        byte[] chunk = new byte[64 * 1024];
        java.util.Arrays.fill(chunk, (byte) ' ');
        int chunks = (int) (TestServer.MAX_REQUEST_BYTES / chunk.length) + 2;
        var body = java.net.http.HttpRequest.BodyPublishers.fromPublisher(
                java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.SequenceInputStream(
                        java.util.Collections.enumeration(java.util.Collections.nCopies(chunks, chunk).stream()
                                .map(java.io.ByteArrayInputStream::new).toList()))));
        var response = TestServer.operator().send(java.net.http.HttpRequest.newBuilder(
                        TestServer.get().url().resolve("/v1/organisations")).header("Content-Type", "application/json")
                .POST(body));
        assertThat(response.status()).isEqualTo(413);
        assertThat(response.isProblem()).isTrue();
    }

    @Test
    void aMalformedBodyIsAProblemNamingTheField() {
        var response = TestServer.operator().postBytes("/v1/organisations", "application/json",
                "{\"name\":\"x\",\"kind\":\"PROVIDER\",\"jurisdiction\":\"Luxembourg\"}".getBytes());
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().get("detail").asString()).contains("jurisdiction", "Luxembourg");
    }
}
