package org.custos.reports.ncmec;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.custos.reports.ReportException;
import org.custos.reports.delivery.ContentSource;
import org.custos.reports.delivery.DeliveryException;
import org.custos.reports.delivery.HttpCall;
import org.custos.reports.delivery.IdempotencyKey;
import org.custos.reports.delivery.ReportDelivery;
import org.custos.reports.model.ContentItem;
import org.custos.reports.model.Report;

/**
 * {@link ReportDelivery} over the JDK's HttpClient in the shape of the CyberTipline Reporting API: POST
 * {@code /submit} (the report XML), {@code /upload} (multipart: {@code id}, {@code file}), {@code /fileinfo}
 * (fileDetails XML), {@code /finish} and {@code /retract} (form field {@code id}), with HTTP Basic credentials.
 * Every request carries the step's {@code Idempotency-Key}. The upload's returned MD5 must equal the MD5 of the
 * bytes sent, or the upload counts as failed.
 */
public final class CyberTiplineDelivery implements ReportDelivery {
    private final HttpClient http;
    private final CyberTiplineCredentials credentials;
    private final Duration timeout;

    public CyberTiplineDelivery(HttpClient http, CyberTiplineCredentials credentials, Duration timeout) {
        this.http = http;
        this.credentials = credentials;
        this.timeout = timeout;
    }

    @Override
    public String submit(Report report, IdempotencyKey key) {
        String body = call("submit", xml(CyberTiplineXml.report(report)), "text/xml; charset=utf-8", key);
        return Long.toString(ReportResponse.parse(body).requireSuccess("submit").requireReportId());
    }

    @Override
    public FileReceipt upload(String receiverReportId, ContentItem item, ContentSource content, IdempotencyKey key) {
        long ncmecId = ncmecReportId(receiverReportId);
        Multipart form = new Multipart();
        String body = call("upload", form.body(receiverReportId, fileName(item), content), form.contentType(), key);
        ReportResponse r = ReportResponse.parse(body).requireSuccess("upload");
        String fileId = r.requireFileId();
        String sent = form.sentMd5();
        if (r.hash() != null && !r.hash().equals(sent)) {
            throw new DeliveryException("upload of item " + item.itemId() + " arrived with MD5 " + r.hash()
                    + ", sent " + sent, 200, true, null);
        }
        String details = CyberTiplineXml.fileDetails(item, ncmecId, fileId);
        ReportResponse.parse(call("fileinfo", xml(details), "text/xml; charset=utf-8", key))
                .requireSuccess("fileinfo");
        return new FileReceipt(fileId, sent);
    }

    @Override
    public FinishReceipt finish(String receiverReportId, IdempotencyKey key) {
        ReportDoneResponse done = ReportDoneResponse.parse(call("finish", form(receiverReportId), FORM, key));
        if (done.responseCode() != 0) throw new RejectedReportException("finish", done.responseCode(), "report not finished");
        return new FinishReceipt(Long.toString(done.reportId()), done.fileIds());
    }

    @Override
    public void retract(String receiverReportId, IdempotencyKey key) {
        ReportResponse.parse(call("retract", form(receiverReportId), FORM, key)).requireSuccess("retract");
    }

    private static final String FORM = "application/x-www-form-urlencoded";

    private String call(String endpoint, BodyPublisher body, String contentType, IdempotencyKey key) {
        HttpRequest request = HttpRequest.newBuilder(credentials.endpoint(endpoint)).timeout(timeout)
                .header("Authorization", credentials.basicAuthorization()).header("Content-Type", contentType)
                .header("Idempotency-Key", key.value()).POST(body).build();
        return HttpCall.send(http, request, endpoint);
    }

    /** The multipart file name: the item id reduced to safe characters (it sits inside a quoted header). */
    static String fileName(ContentItem item) {
        return item.itemId().replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private static long ncmecReportId(String id) {
        if (id == null || !id.matches("[0-9]{1,18}")) throw new ReportException("not a CyberTipline report id: '" + id + "'");
        return Long.parseLong(id);
    }

    private static BodyPublisher xml(String document) {
        return BodyPublishers.ofString(document, StandardCharsets.UTF_8);
    }

    private static BodyPublisher form(String reportId) {
        return BodyPublishers.ofString("id=" + URLEncoder.encode(reportId, StandardCharsets.UTF_8));
    }
}
