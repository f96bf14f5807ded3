package org.custos.reports.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.custos.lists.release.PublisherKey;
import org.custos.lists.release.TrustStore;
import org.custos.reports.MutableClock;
import org.custos.reports.SampleReports;
import org.custos.reports.delivery.DeliveryException;
import org.custos.reports.delivery.IdempotencyKey;
import org.custos.reports.json.ReportJson;
import org.custos.reports.signing.InvalidSignatureException;
import org.custos.reports.signing.SignatureHeader;
import org.custos.reports.signing.WebhookSigner;
import org.custos.reports.signing.WebhookVerifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A real receiving server that verifies each call's signature with {@link WebhookVerifier} and answers 401 if it fails. */
class WebhookDeliveryTest {
    private final MutableClock clock = new MutableClock(SampleReports.T0);
    private final PublisherKey key = PublisherKey.generate("org-photohost");
    private final WebhookVerifier verifier = new WebhookVerifier(new TrustStore().trust(key), clock, Duration.ofMinutes(5));
    private final List<String> received = new CopyOnWriteArrayList<>();
    private HttpServer server;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", ex -> {
            try (ex) {
                byte[] body = ex.getRequestBody().readAllBytes();
                try {
                    verifier.verify(ex.getRequestHeaders().getFirst(SignatureHeader.NAME), body);
                } catch (InvalidSignatureException e) {
                    ex.sendResponseHeaders(401, -1);
                    return;
                }
                received.add(new String(body, StandardCharsets.UTF_8));
                byte[] answer = "{\"receiverReportId\":\"BODY-77\"}".getBytes(StandardCharsets.UTF_8);
                ex.sendResponseHeaders(200, answer.length);
                ex.getResponseBody().write(answer);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void deliversSignedReportItemAndFinishEvents() {
        WebhookDelivery hook = delivery(WebhookSigner.ed25519(key));
        var report = SampleReports.report();
        String id = hook.submit(report, IdempotencyKey.of(report.reportId(), "hook", "submit"));
        hook.upload(id, report.items().getFirst(), () -> new ByteArrayInputStream(new byte[0]),
                IdempotencyKey.of(report.reportId(), "hook", "item i1"));
        hook.finish(id, IdempotencyKey.of(report.reportId(), "hook", "finish"));

        assertThat(id).isEqualTo("BODY-77");
        assertThat(ReportJson.read(received.get(0).getBytes(StandardCharsets.UTF_8))).isEqualTo(report);
        assertThat(received.get(1)).contains("\"event\":\"item\"", "\"md5\":\"e86fdc2283aff4179685f2a918a769eb\"");
        assertThat(received.get(2)).isEqualTo("{\"format\":\"custos-report-event/1\",\"event\":\"finish\",\"receiverReportId\":\"BODY-77\"}");
    }

    @Test
    void aSignatureTheReceiverDoesNotTrustIs401() {
        WebhookDelivery hook = delivery(WebhookSigner.ed25519(PublisherKey.generate("org-photohost")));
        assertThatThrownBy(() -> hook.submit(SampleReports.report(), IdempotencyKey.of("r", "hook", "submit")))
                .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.httpStatus()).isEqualTo(401));
    }

    private WebhookDelivery delivery(WebhookSigner signer) {
        URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
        return new WebhookDelivery(HttpClient.newHttpClient(), url, signer, clock, Duration.ofSeconds(10));
    }
}
