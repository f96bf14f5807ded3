package org.custos.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The test issue 6 names: a CyberTipline-shaped body stops in the middle of a delivery (it files one report and
 * dies before answering), the Custos server is stopped with deliveries outstanding and started again on the same
 * data, the body comes back on the same port, and every report ends DELIVERED, filed exactly once.
 */
class ReportRestartTest {
    private static final int REPORTS = 3;
    private static final Map<String, String> FAST_RETRIES = Map.of("custos.reports.poll-millis", "100",
            "custos.reports.retry-base-millis", "200", "custos.reports.retry-max-millis", "1000");

    @Test
    void aBodyThatStopsMidDeliveryAndAServerRestartFileEachReportOnce() throws Exception {
        Path data = TemporaryDirectory.create("custos-report-restart");
        FakeReportReceiver receiver = new FakeReportReceiver().start();
        receiver.stopAtFiling(2);
        RunningServer first = start(data);
        String operatorToken = first.firstAdminKey().orElseThrow().token();
        Tokens tokens = setUp(new Api(first.url(), operatorToken), receiver);
        List<String> reportIds = new ArrayList<>();
        try {
            Api reviewer = new Api(first.url(), tokens.reviewer());
            for (String caseId : tokens.caseIds()) {
                var filed = reviewer.post("/v1/cases/" + caseId + "/report", Reporting.details("restart " + caseId));
                assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
                reportIds.add(filed.json().get("id").asString());
            }
            assertThat(receiver.awaitStopped()).isTrue();
            Reporting.awaitDeliveries(reviewer, reportIds.get(1), d -> d.has("lastError") && !d.get("lastError").isNull());
        } finally {
            first.close();
        }
        receiver.start();
        RunningServer second = start(data);
        try {
            Api reviewer = new Api(second.url(), tokens.reviewer());
            for (String reportId : reportIds) {
                var report = Reporting.awaitDeliveries(reviewer, reportId, Reporting::delivered);
                assertThat(report.get("deliveries").get(0).get("receiverReportId").asString()).isNotBlank();
            }
            assertThat(receiver.filings()).isEqualTo(REPORTS);
            assertThat(receiver.submitRequests()).isGreaterThan(REPORTS);
            assertThat(receiver.finishedKeys()).hasSize(REPORTS);
            for (String caseId : tokens.caseIds()) {
                assertThat(receiver.filedDocuments()).filteredOn(d -> d.contains("restart " + caseId)).hasSize(1);
            }
        } finally {
            second.close();
            receiver.close();
            TemporaryDirectory.delete(data);
        }
    }

    private static RunningServer start(Path data) {
        return CustosServer.start(new ServerSettings(0, data, Optional.empty(), false, FAST_RETRIES));
    }

    private record Tokens(String reviewer, List<String> caseIds) {
    }

    /** A provider whose REPORT policy marks its cases for reporting, three such cases, the rules and the body. */
    private static Tokens setUp(Api operator, FakeReportReceiver receiver) {
        Reporting.uploadRules(operator, "version\t1\nbody\tncmec\tNCMEC CyberTipline\tUS\tcybertipline\nfallback\tncmec\n");
        assertThat(Reporting.putEndpoint(operator, "ncmec", "CYBERTIPLINE", receiver.url("/ncmec")).status())
                .isEqualTo(200);
        Api curator = key(operator, organisation(operator, "AUTHORITY"), "LIST_CURATOR");
        UUID provider = organisation(operator, "PROVIDER");
        Api admin = key(operator, provider, "ADMIN");
        UUID list = Reporting.grantedList(curator, provider, admin);
        assertThat(admin.post("/v1/action-policies", Map.of("listId", list, "action", "REPORT")).status()).isEqualTo(200);
        Api matcher = key(operator, provider, "MATCHER");
        Hashes hashes = new Hashes(4242);
        List<String> caseIds = new ArrayList<>();
        for (int i = 0; i < REPORTS; i++) {
            String md5 = hashes.hex(16);
            Reporting.addEntry(curator, list, md5, "A");
            caseIds.add(Reporting.matchCase(matcher, md5, "account " + i));
        }
        return new Tokens(token(operator, provider, "REVIEWER"), caseIds);
    }

    private static UUID organisation(Api operator, String kind) {
        var created = operator.post("/v1/organisations", Map.of("name", kind.toLowerCase() + " " + UUID.randomUUID(),
                "kind", kind, "jurisdiction", "us"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return UUID.fromString(created.json().get("id").asString());
    }

    private static String token(Api operator, UUID organisation, String role) {
        var issued = operator.post("/v1/organisations/" + organisation + "/keys", Map.of("name", "restart test",
                "roles", List.of(role)));
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        return issued.json().get("token").asString();
    }

    private static Api key(Api operator, UUID organisation, String role) {
        return new Api(operator.base(), token(operator, organisation, role));
    }
}
