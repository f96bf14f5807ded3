package org.custos.reports.custos;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.custos.lists.release.PublisherKey;
import org.custos.reports.delivery.ContentSource;
import org.custos.reports.delivery.HttpCall;
import org.custos.reports.delivery.IdempotencyKey;
import org.custos.reports.delivery.ReportDelivery;
import org.custos.reports.delivery.SubmitAnswer;
import org.custos.reports.model.ContentItem;
import org.custos.reports.model.Report;
import org.custos.reports.signing.Crypto;
import org.custos.reports.signing.ReportEnvelope;
import org.custos.reports.signing.SignatureHeader;
import org.custos.reports.signing.WebhookSigner;

/**
 * {@link ReportDelivery} to an authority that runs Custos: POST {@code inbox} with a {@link ReportEnvelope}
 * (answer {@code {"receiverReportId": "..."}}), POST {@code inbox/<id>/items/<itemId>} with the item's bytes
 * and an {@link ItemSignature} header, POST {@code inbox/<id>/finish} and {@code …/retract} with signed event
 * bodies. Everything is signed with the sending organisation's Ed25519 key; the receiver verifies with the
 * sender's public key from its trust store. Unlike a webhook, an authority receives the content, as NCMEC does.
 */
public final class CustosDelivery implements ReportDelivery {
    private final HttpClient http;
    private final URI inbox;
    private final String recipient;
    private final PublisherKey key;
    private final Clock clock;
    private final Duration timeout;

    public CustosDelivery(HttpClient http, URI inbox, String recipient, PublisherKey key, Clock clock, Duration timeout) {
        this.http = http;
        this.inbox = URI.create(inbox.toString().endsWith("/") ? inbox.toString() : inbox + "/");
        this.recipient = recipient;
        this.key = key;
        this.clock = clock;
        this.timeout = timeout;
    }

    @Override
    public String submit(Report report, IdempotencyKey idempotency) {
        byte[] envelope = ReportEnvelope.seal(report, recipient, key, clock.instant()).toJson();
        String answer = send("submit", request(inbox, idempotency, "application/json")
                .POST(BodyPublishers.ofByteArray(envelope)));
        return SubmitAnswer.receiverReportId(answer, "Custos inbox");
    }

    @Override
    public FileReceipt upload(String receiverReportId, ContentItem item, ContentSource content, IdempotencyKey idempotency) {
        String sha256 = ItemSignature.sha256(content);
        byte[] sig = Crypto.sign(key.privateKey(), ItemSignature.statement(key.publisher(), recipient, receiverReportId,
                item.itemId(), sha256));
        BodyPublisher body = BodyPublishers.ofInputStream(() -> {
            try {
                return content.open();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        send("upload", request(path(receiverReportId, "items/" + segment(item.itemId())), idempotency, "application/octet-stream")
                .header(ItemSignature.HEADER, "kid=" + key.keyId() + ",sha256=" + sha256 + ",sig="
                        + Base64.getEncoder().encodeToString(sig)).POST(body));
        return new FileReceipt(item.itemId(), null);
    }

    @Override
    public FinishReceipt finish(String receiverReportId, IdempotencyKey idempotency) {
        event(receiverReportId, "finish", idempotency);
        return new FinishReceipt(receiverReportId, List.of());
    }

    @Override
    public void retract(String receiverReportId, IdempotencyKey idempotency) {
        event(receiverReportId, "retract", idempotency);
    }

    private void event(String receiverReportId, String name, IdempotencyKey idempotency) {
        byte[] body = org.custos.reports.webhook.WebhookDelivery.event(name, receiverReportId, g -> { });
        send(name, request(path(receiverReportId, name), idempotency, "application/json")
                .header(SignatureHeader.NAME, WebhookSigner.ed25519(key).sign(body, clock.instant()))
                .POST(BodyPublishers.ofByteArray(body)));
    }

    private URI path(String receiverReportId, String rest) {
        return inbox.resolve(segment(receiverReportId) + "/" + rest);
    }

    private static String segment(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    private HttpRequest.Builder request(URI uri, IdempotencyKey idempotency, String contentType) {
        return HttpRequest.newBuilder(uri).timeout(timeout).header("Content-Type", contentType)
                .header("Idempotency-Key", idempotency.value());
    }

    private String send(String call, HttpRequest.Builder request) {
        return HttpCall.send(http, request.build(), "custos " + call);
    }
}
