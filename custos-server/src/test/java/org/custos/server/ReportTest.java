package org.custos.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Reports over HTTP against the real server: a confirmed case becomes a report routed by the operator's rules
 * to a CyberTipline-shaped body (the user's estimated country) and a webhook (the provider's jurisdiction), both
 * real HTTP servers on random ports, and each receives it once; every change is audited, and other
 * organisations and roles are refused.
 */
class ReportTest {
    private static final Hashes HASHES = new Hashes(9009);
    private static final FakeReportReceiver RECEIVER = new FakeReportReceiver().start();
    private static Tenant provider;
    private static Api curator;
    private static Api reviewer;
    private static Api matcher;
    private static UUID list;

    @BeforeAll
    static void setUp() {
        Tenant authority = Tenant.create("AUTHORITY");
        curator = authority.key("LIST_CURATOR");
        provider = Tenant.create("PROVIDER");
        reviewer = provider.key("REVIEWER");
        matcher = provider.key("MATCHER");
        list = Reporting.grantedList(curator, provider.id(), provider.key("ADMIN"));
        Api operator = TestServer.operator();
        var current = operator.get("/v1/report-routing");
        int version = current.status() == 200 ? current.json().get("version").asInt() + 1 : 1;
        Reporting.uploadRules(operator, "version\t" + version + "\n"
                + "body\tncmec\tNCMEC CyberTipline\tUS\tcybertipline\n"
                + "body\thotline-lu\tLU hotline\tLU\twebhook\n"
                + "body\tauthority-lu\tLU authority\tLU\tcustos\n"
                + "body\tauthority-de\tDE authority\tDE\tcustos\n"
                + "rule\tprovider\tLU\thotline-lu\n"
                + "rule\thosting\tLU\tauthority-lu\n"
                + "rule\thosting\tDE\tauthority-de\n"
                + "rule\tuser\tUS\tncmec\n"
                + "fallback\tncmec\n");
        assertThat(Reporting.putEndpoint(operator, "ncmec", "CYBERTIPLINE", RECEIVER.url("/ncmec")).status())
                .isEqualTo(200);
        assertThat(Reporting.putEndpoint(operator, "hotline-lu", "WEBHOOK", RECEIVER.url("/hook")).status())
                .isEqualTo(200);
        assertThat(Reporting.putEndpoint(operator, "authority-lu", "CUSTOS", RECEIVER.url("/inbox"),
                FakeReportReceiver.INBOX_RECIPIENT).status()).isEqualTo(200);
        assertThat(Reporting.putEndpoint(operator, "authority-de", "CUSTOS", RECEIVER.url("/inbox"), "authority-y")
                .status()).isEqualTo(200);
        RECEIVER.trust(() -> {
            var trust = new org.custos.lists.release.TrustStore();
            for (JsonNode k : reviewer.get("/v1/organisations/" + provider.id() + "/signing-keys").json()) {
                trust.trust(k.get("publisher").asString(),
                        org.custos.lists.release.PublisherKey.decodePublic(k.get("publicKey").asString()));
            }
            return trust;
        });
    }

    @AfterAll
    static void stopReceiver() {
        RECEIVER.close();
    }

    private static String confirmedCase() {
        String md5 = HASHES.hex(16);
        Reporting.addEntry(curator, list, md5, "A");
        String caseId = Reporting.matchCase(matcher, md5, "acct-" + UUID.randomUUID());
        assertThat(reviewer.post("/v1/cases/" + caseId + "/claim", Map.of()).status()).isEqualTo(200);
        var decided = reviewer.post("/v1/cases/" + caseId + "/decision", Map.of("decision", "CONFIRMED", "scheme", "uk",
                "label", "A"));
        assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
        return caseId;
    }

    @Test
    void aConfirmedCaseIsReportedToEveryCompetentBodyOnce() throws Exception {
        String caseId = confirmedCase();
        var filed = reviewer.post("/v1/cases/" + caseId + "/report", Reporting.details("marker " + caseId));
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        String reportId = filed.json().get("id").asString();
        assertThat(filed.json().get("deliveries").findValuesAsString("bodyId")).containsExactly("hotline-lu", "ncmec");
        assertThat(filed.json().get("deliveries").findValuesAsString("bases")).containsExactly("PROVIDER", "USER");

        JsonNode report = Reporting.awaitDeliveries(reviewer, reportId, Reporting::delivered);
        assertThat(report.get("deliveries").findValuesAsString("receiverReportId"))
                .allSatisfy(id -> assertThat(id).isNotBlank());
        assertThat(report.get("deliveries").findValuesAsString("attempts")).containsOnly("2");
        List<String> filings = RECEIVER.filedDocuments().stream().filter(d -> d.contains("marker " + caseId)).toList();
        assertThat(filings).hasSize(2);
        assertThat(filings).anySatisfy(xml -> assertThat(xml).contains("<report", "192.0.2.10", "51234"))
                .anySatisfy(json -> assertThat(json).contains("custos-report/1"));
        assertThat(String.join("", filings)).doesNotContain("<fileDetails");

        var again = reviewer.post("/v1/cases/" + caseId + "/report", Reporting.details("again"));
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(provider.key("AUDITOR").get("/v1/audit?limit=1000").json().findValuesAsString("action"))
                .contains("report.file", "report.delivery.submit", "report.delivery.deliver");
        assertThat(TestServer.operator().get("/v1/audit?limit=1000").json().findValuesAsString("action"))
                .contains("report.routing.upload", "report.body.set");
    }

    @Test
    void aCustosAuthorityGetsASignedEnvelopeAndOneAddressedElsewhereFails() throws Exception {
        String caseId = confirmedCase();
        Map<String, Object> details = new java.util.HashMap<>(Reporting.details("peer " + caseId));
        details.put("hostingCountry", "LU");
        var filed = reviewer.post("/v1/cases/" + caseId + "/report", details);
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        assertThat(filed.json().get("deliveries").findValuesAsString("bodyId"))
                .containsExactly("authority-lu", "hotline-lu", "ncmec");
        Reporting.awaitDeliveries(reviewer, filed.json().get("id").asString(), Reporting::delivered);
        assertThat(RECEIVER.filedDocuments()).contains("envelope from " + provider.id() + ": peer " + caseId);

        String other = confirmedCase();
        details.put("hostingCountry", "DE");
        var misaddressed = reviewer.post("/v1/cases/" + other + "/report", details);
        assertThat(misaddressed.status()).as(misaddressed.toString()).isEqualTo(201);
        JsonNode report = Reporting.awaitDeliveries(reviewer, misaddressed.json().get("id").asString(),
                d -> !d.get("status").asString().matches("PENDING|SUBMITTED"));
        JsonNode refused = report.get("deliveries").get(0);
        assertThat(refused.get("bodyId").asString()).isEqualTo("authority-de");
        assertThat(refused.get("status").asString()).isEqualTo("FAILED");
        assertThat(refused.get("lastError").asString()).contains("credentials refused (HTTP 401)");
        assertThat(refused.get("attempts").asInt()).isEqualTo(1);
        assertThat(provider.key("AUDITOR").get("/v1/audit?limit=1000").json().findValuesAsString("action"))
                .contains("report.delivery.fail");
    }

    @Test
    void anUndecidedCaseIsNotReportedAndBadDetailsAreRefused() {
        String md5 = HASHES.hex(16);
        Reporting.addEntry(curator, list, md5, "B");
        String open = Reporting.matchCase(matcher, md5, "acct-" + UUID.randomUUID());
        assertThat(reviewer.post("/v1/cases/" + open + "/report", Reporting.details("x")).status()).isEqualTo(409);
        String caseId = confirmedCase();
        var badIp = reviewer.post("/v1/cases/" + caseId + "/report", Map.of("contact", Map.of("firstName", "A",
                "lastName", "B", "email", "a@b.example"), "reportedUser", Map.of("ipCaptures", List.of(Map.of(
                "ip", "not-an-ip", "time", "2026-11-28T10:00:00Z", "event", "Upload")))));
        assertThat(badIp.status()).as(badIp.toString()).isEqualTo(400);
        assertThat(badIp.body()).contains("not an IP address literal");
        var noContact = reviewer.post("/v1/cases/" + caseId + "/report", Map.of("additionalInfo", "x"));
        assertThat(noContact.status()).as(noContact.toString()).isEqualTo(400);
    }

    @Test
    void otherOrganisationsAndRolesAreRefused() throws Exception {
        String caseId = confirmedCase();
        var filed = reviewer.post("/v1/cases/" + caseId + "/report", Reporting.details("roles " + caseId));
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        String reportId = filed.json().get("id").asString();
        Api stranger = Tenant.create("PROVIDER").key("REVIEWER");
        assertThat(stranger.get("/v1/reports/" + reportId).status()).isEqualTo(404);
        assertThat(stranger.post("/v1/cases/" + caseId + "/report", Reporting.details("x")).status()).isEqualTo(404);
        assertThat(matcher.get("/v1/reports/" + reportId).status()).isEqualTo(403);
        assertThat(matcher.post("/v1/cases/" + caseId + "/report", Reporting.details("x")).status()).isEqualTo(403);
        Api providerAdmin = provider.key("ADMIN");
        assertThat(providerAdmin.get("/v1/report-routing").status()).isEqualTo(403);
        assertThat(Reporting.putEndpoint(providerAdmin, "ncmec", "WEBHOOK", RECEIVER.url("/elsewhere")).status())
                .isEqualTo(403);
        assertThat(TestServer.anonymous().get("/v1/reports/" + reportId).status()).isEqualTo(401);
        Reporting.awaitDeliveries(reviewer, reportId, Reporting::delivered);
    }

    @Test
    void routingRulesAreVersionedAndCheckedWhole() {
        Api operator = TestServer.operator();
        int version = operator.get("/v1/report-routing").json().get("version").asInt();
        var older = operator.send(java.net.http.HttpRequest.newBuilder(operator.base().resolve("/v1/report-routing"))
                .header("Content-Type", "text/plain").PUT(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "version\t" + version + "\nbody\tx\tX\tUS\twebhook\nfallback\tx\n")));
        assertThat(older.status()).as(older.toString()).isEqualTo(409);
        var broken = operator.send(java.net.http.HttpRequest.newBuilder(operator.base().resolve("/v1/report-routing"))
                .header("Content-Type", "text/plain").PUT(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "version\t" + (version + 100) + "\nrule\tuser\tUS\tnobody\n")));
        assertThat(broken.status()).as(broken.toString()).isEqualTo(400);
        assertThat(operator.get("/v1/report-routing").json().get("version").asInt()).isEqualTo(version);
        assertThat(Reporting.putEndpoint(operator, "Bad_Id", "WEBHOOK", RECEIVER.url("/hook")).status()).isEqualTo(400);
        var shortSecret = operator.post("/v1/report-bodies/hotline-lu", Map.of("adapter", "WEBHOOK", "endpoint",
                RECEIVER.url("/hook").toString(), "username", "k1", "secret", "too short"));
        assertThat(shortSecret.status()).as(shortSecret.toString()).isEqualTo(400);
    }
}
