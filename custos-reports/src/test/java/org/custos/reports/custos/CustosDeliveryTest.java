package org.custos.reports.custos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.custos.lists.release.PublisherKey;
import org.custos.lists.release.TrustStore;
import org.custos.reports.MutableClock;
import org.custos.reports.ReportException;
import org.custos.reports.SampleReports;
import org.custos.reports.delivery.DeliveryException;
import org.custos.reports.delivery.IdempotencyKey;
import org.custos.reports.model.Report;
import org.custos.reports.signing.ReportEnvelope;
import org.custos.reports.signing.SignatureHeader;
import org.custos.reports.signing.WebhookVerifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An authority's Custos inbox as a real HTTP server that verifies everything the way a receiver must. */
class CustosDeliveryTest {
    private final MutableClock clock = new MutableClock(SampleReports.T0);
    private final PublisherKey provider = PublisherKey.generate("org-photohost");
    private final TrustStore trust = new TrustStore().trust(provider);
    private final WebhookVerifier events = new WebhookVerifier(trust, clock, Duration.ofMinutes(5));
    private final Map<String, Report> reports = new ConcurrentHashMap<>();
    private final List<String> log = new CopyOnWriteArrayList<>();
    private HttpServer server;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/inbox/", this::handle);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void theAuthorityReceivesAVerifiedReportItsContentAndTheFinish() throws Exception {
        CustosDelivery d = delivery(provider);
        Report report = SampleReports.report();
        byte[] content = "benign synthetic bytes".getBytes(StandardCharsets.UTF_8);
        String id = d.submit(report, key("submit"));
        d.upload(id, report.items().getFirst(), () -> new ByteArrayInputStream(content), key("item"));
        d.finish(id, key("finish"));

        assertThat(reports.get(id)).isEqualTo(report);
        assertThat(log).containsExactly("report " + id, "item i1 " + sha256(content), "finish " + id);
    }

    @Test
    void anUntrustedSenderIsRefused() {
        CustosDelivery d = delivery(PublisherKey.generate("org-photohost"));
        assertThatThrownBy(() -> d.submit(SampleReports.report(), key("submit")))
                .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.httpStatus()).isEqualTo(401));
    }

    @Test
    void theReceiverDetectsContentThatDiffersFromWhatWasSigned() {
        String sig = "kid=" + provider.keyId() + ",sha256=" + "0".repeat(64) + ",sig=AAAA";
        assertThatThrownBy(() -> ItemSignature.verify(sig, "org-photohost", "auth-de", "7", "i1", "1".repeat(64), trust))
                .isInstanceOf(ReportException.class).hasMessageContaining("arrived with SHA-256 1111");
        assertThatThrownBy(() -> ItemSignature.verify(sig, "org-other", "auth-de", "7", "i1", "0".repeat(64), trust))
                .hasMessageContaining("not signed by a trusted key of org-other");
        assertThatThrownBy(() -> ItemSignature.verify(sig, "org-photohost", "auth-de", "7", "i1", "0".repeat(64), trust))
                .hasMessageContaining("signature does not match");
    }

    private void handle(HttpExchange ex) throws java.io.IOException {
        try (ex) {
            String[] path = ex.getRequestURI().getPath().substring("/v1/inbox/".length()).split("/");
            byte[] body = ex.getRequestBody().readAllBytes();
            String answer = "{}";
            try {
                if (path[0].isEmpty()) {
                    Report r = ReportEnvelope.parse(body).open("auth-de", trust, clock, Duration.ofDays(1));
                    String id = Integer.toString(1000 + reports.size());
                    reports.put(id, r);
                    log.add("report " + id);
                    answer = "{\"receiverReportId\":\"" + id + "\"}";
                } else if (path.length == 3 && path[1].equals("items")) {
                    String sha = sha256(body);
                    ItemSignature.verify(ex.getRequestHeaders().getFirst(ItemSignature.HEADER), "org-photohost", "auth-de",
                            path[0], path[2], sha, trust);
                    log.add("item " + path[2] + " " + sha);
                } else {
                    events.verify(ex.getRequestHeaders().getFirst(SignatureHeader.NAME), body);
                    log.add(path[1] + " " + path[0]);
                }
            } catch (ReportException e) {
                ex.sendResponseHeaders(401, -1);
                return;
            }
            byte[] out = answer.getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, out.length);
            ex.getResponseBody().write(out);
        }
    }

    private CustosDelivery delivery(PublisherKey key) {
        URI inbox = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1/inbox");
        return new CustosDelivery(HttpClient.newHttpClient(), inbox, "auth-de", key, clock, Duration.ofSeconds(10));
    }

    private static IdempotencyKey key(String step) {
        return IdempotencyKey.of("rep-0001", "auth-de", step);
    }

    private static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
