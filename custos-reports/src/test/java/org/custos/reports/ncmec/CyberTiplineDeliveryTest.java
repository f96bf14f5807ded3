package org.custos.reports.ncmec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.custos.reports.SampleReports;
import org.custos.reports.delivery.DeliveryException;
import org.custos.reports.delivery.IdempotencyKey;
import org.custos.reports.delivery.ReportDelivery.FileReceipt;
import org.custos.reports.model.IncidentType;
import org.custos.reports.model.Report;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CyberTiplineDeliveryTest {
    private final HttpClient http = HttpClient.newHttpClient();
    private FakeCyberTipline fake;
    private CyberTiplineDelivery delivery;

    @BeforeEach
    void start() throws Exception {
        fake = new FakeCyberTipline();
        delivery = new CyberTiplineDelivery(http, new CyberTiplineCredentials(fake.base(), "esp", "secret"),
                Duration.ofSeconds(10));
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void deliversAReportInFourStepsAndChecksTheUploadedMd5() throws Exception {
        Report report = SampleReports.report();
        String id = delivery.submit(report, key("submit"));
        byte[] bytes = new byte[300_000];
        new Random(7).nextBytes(bytes);
        FileReceipt file = delivery.upload(id, report.items().getFirst(), () -> new ByteArrayInputStream(bytes),
                key("upload i1"));
        var done = delivery.finish(id, key("finish"));

        assertThat(id).isEqualTo("4564654");
        assertThat(file.md5()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes)));
        assertThat(done.fileIds()).containsExactly(file.fileId());
        assertThat(fake.documents.get(1)).contains("<fileViewedByEsp>true</fileViewedByEsp>",
                "<industryClassification>A1</industryClassification>", "<reportId>4564654</reportId>");
    }

    @Test
    void finishListsEveryUploadedFile() {
        Report report = SampleReports.report();
        String id = delivery.submit(report, key("submit"));
        FileReceipt a = delivery.upload(id, report.items().get(0), () -> new ByteArrayInputStream(new byte[] {1}), key("u1"));
        FileReceipt b = delivery.upload(id, report.items().get(1), () -> new ByteArrayInputStream(new byte[] {2}), key("u2"));
        assertThat(delivery.finish(id, key("finish")).fileIds()).containsExactly(a.fileId(), b.fileId());
        assertThatThrownBy(() -> delivery.upload("12ab", report.items().get(0), () -> new ByteArrayInputStream(new byte[0]),
                key("bad"))).hasMessageContaining("not a CyberTipline report id: '12ab'");
    }

    @Test
    void aRetriedStepWithTheSameKeyFilesNothingTwice() {
        Report report = SampleReports.report();
        String first = delivery.submit(report, key("submit"));
        String again = delivery.submit(report, key("submit"));
        assertThat(again).isEqualTo(first);
        assertThat(fake.files).hasSize(1);
        delivery.upload(first, report.items().getFirst(), () -> new ByteArrayInputStream(new byte[] {1, 2}), key("u"));
        delivery.upload(first, report.items().getFirst(), () -> new ByteArrayInputStream(new byte[] {1, 2}), key("u"));
        assertThat(fake.files.get(Long.parseLong(first))).hasSize(1);
    }

    @Test
    void badCredentialsAre401AndNotRetryable() {
        fake.password = "rotated";
        assertThatThrownBy(() -> delivery.submit(SampleReports.report(), key("submit")))
                .isInstanceOfSatisfying(DeliveryException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(401);
                    assertThat(e.retryable()).isFalse();
                }).hasMessageContaining("submit: credentials refused (HTTP 401)");
    }

    @Test
    void aSchemaFailureIsARejectionWithTheValidatorsMessage() {
        fake.incidentTypes = java.util.Set.of("Child Sex Trafficking");
        assertThatThrownBy(() -> delivery.submit(SampleReports.report(), key("submit")))
                .isInstanceOfSatisfying(RejectedReportException.class, e -> {
                    assertThat(e.responseCode()).isEqualTo(4100);
                    assertThat(e.call()).isEqualTo("submit");
                })
                .hasMessageContaining("submit was refused with response code 4100: cvc-enumeration-valid");
    }

    @Test
    void anUnreachableReceiverIsRetryable() {
        fake.close();
        assertThatThrownBy(() -> delivery.submit(SampleReports.report(), key("submit")))
                .isInstanceOfSatisfying(DeliveryException.class, e -> {
                    assertThat(e.retryable()).isTrue();
                    assertThat(e.httpStatus()).isZero();
                });
    }

    @Test
    void retractAfterFinishIsRefusedByTheReceiver() {
        String id = delivery.submit(SampleReports.report(), key("submit"));
        delivery.retract(id, key("retract"));
        assertThat(fake.state.get(Long.parseLong(id))).isEqualTo("retracted");
        String second = delivery.submit(new Report("rep-3", IncidentType.CSAM, SampleReports.T0,
                SampleReports.provider(), List.of(), null, null, null), key("submit 3"));
        delivery.finish(second, key("finish 3"));
        assertThatThrownBy(() -> delivery.retract(second, key("retract 3")))
                .isInstanceOfSatisfying(RejectedReportException.class, e -> assertThat(e.responseCode()).isEqualTo(4200))
                .hasMessageContaining("retract was refused with response code 4200: report is already finished");
    }

    private static IdempotencyKey key(String step) {
        return IdempotencyKey.of("rep-0001", "ncmec", step);
    }
}
