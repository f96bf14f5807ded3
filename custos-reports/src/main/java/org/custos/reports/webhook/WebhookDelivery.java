package org.custos.reports.webhook;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.custos.reports.delivery.ContentSource;
import org.custos.reports.delivery.HttpCall;
import org.custos.reports.delivery.IdempotencyKey;
import org.custos.reports.delivery.ReportDelivery;
import org.custos.reports.delivery.SubmitAnswer;
import org.custos.reports.json.ReportJson;
import org.custos.reports.model.ContentItem;
import org.custos.reports.model.FileDigest;
import org.custos.reports.model.Report;
import org.custos.reports.signing.SignatureHeader;
import org.custos.reports.signing.WebhookSigner;
import tools.jackson.core.JsonGenerator;

/**
 * {@link ReportDelivery} as signed JSON POSTs to one URL. Submit sends the report ({@code custos-report/1}) and
 * expects {@code {"receiverReportId": "..."}}; the other steps send a {@code custos-report-event/1} body naming
 * the event ({@code item}, {@code finish}, {@code retract}). Every body is signed ({@code Custos-Signature}) and
 * carries the step's {@code Idempotency-Key}. A webhook receives descriptions, never content: the item event
 * carries digests and the PDQ hash, and the content stays in the vault until the body asks through legal process.
 */
public final class WebhookDelivery implements ReportDelivery {
    public static final String EVENT_FORMAT = "custos-report-event/1";
    private final HttpClient http;
    private final URI url;
    private final WebhookSigner signer;
    private final Clock clock;
    private final Duration timeout;

    public WebhookDelivery(HttpClient http, URI url, WebhookSigner signer, Clock clock, Duration timeout) {
        this.http = http;
        this.url = url;
        this.signer = signer;
        this.clock = clock;
        this.timeout = timeout;
    }

    @Override
    public String submit(Report report, IdempotencyKey key) {
        String answer = post("submit", ReportJson.write(report), key);
        return SubmitAnswer.receiverReportId(answer, "webhook");
    }

    @Override
    public FileReceipt upload(String receiverReportId, ContentItem item, ContentSource content, IdempotencyKey key) {
        post("item", event("item", receiverReportId, g -> {
            g.writeStringProperty("itemId", item.itemId());
            for (FileDigest d : item.digests()) g.writeStringProperty(d.algorithm().name().toLowerCase(java.util.Locale.ROOT), d.hex());
            if (item.pdq() != null) g.writeStringProperty("pdq", item.pdq().toHex());
        }), key);
        return new FileReceipt(item.itemId(), item.digest(org.custos.reports.model.DigestAlgorithm.MD5)
                .map(FileDigest::hex).orElse(null));
    }

    @Override
    public FinishReceipt finish(String receiverReportId, IdempotencyKey key) {
        post("finish", event("finish", receiverReportId, g -> { }), key);
        return new FinishReceipt(receiverReportId, List.of());
    }

    @Override
    public void retract(String receiverReportId, IdempotencyKey key) {
        post("retract", event("retract", receiverReportId, g -> { }), key);
    }

    public static byte[] event(String name, String receiverReportId, Consumer<JsonGenerator> members) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = org.custos.lists.format.Json.generator(out)) {
            g.writeStartObject().writeStringProperty("format", EVENT_FORMAT).writeStringProperty("event", name)
                    .writeStringProperty("receiverReportId", receiverReportId);
            members.accept(g);
            g.writeEndObject();
        }
        return out.toByteArray();
    }

    private String post(String call, byte[] body, IdempotencyKey key) {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .header(SignatureHeader.NAME, signer.sign(body, clock.instant()))
                .header("Idempotency-Key", key.value())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return HttpCall.send(http, request, "webhook " + call);
    }
}
