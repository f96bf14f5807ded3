package org.custos.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.custos.hash.ImageHash;
import org.custos.hash.ImageHasher;
import org.custos.lists.release.PublisherKey;
import org.custos.lists.release.TrustStore;
import org.custos.reports.signing.SignatureHeader;
import org.custos.reports.signing.WebhookVerifier;
import org.custos.reports.transparency.EventKind;
import org.custos.reports.transparency.TransparencyEvent;
import org.custos.server.removal.RemovalTransparency;
import org.custos.server.transparency.TransparencySource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Removal notices over HTTP against a real server of their own (its schedule in seconds: re-send every 2 s,
 * escalate after 5 s, check every second), a fake SMTP server and a fake host serving Meta's benign bridge
 * photo: a notice is sent, re-sent and escalated by email until the host answers 404; a webhook notice is
 * signed, outlives a near-duplicate of the photo and closes when a different photo is served; a person
 * confirms another; time to removal per notice and host, audit records and transparency events follow; other
 * organisations and roles are refused and bad fields named.
 */
class RemovalTest {
    private static final String ESCALATION = "escalation@authority.example";
    private static final FakeSmtpServer SMTP = new FakeSmtpServer();
    private static final FakeHost HOST = new FakeHost();
    private static Path data;
    private static RunningServer server;
    private static Api operator;
    private static UUID provider;
    private static Api reviewer;
    private static Api matcher;
    private static byte[] bridge;
    private static ImageHash bridgeHash;

    @BeforeAll
    static void start() {
        bridge = shared("pdq-vectors/pdq/data/bridge-mods/aaa-orig.jpg");
        bridgeHash = new ImageHasher().hash(bridge, "bridge");
        data = TemporaryDirectory.create("custos-removal");
        server = CustosServer.start(new ServerSettings(0, data, Optional.empty(), false, Map.ofEntries(
                Map.entry("custos.removal.resend-interval", "2s"), Map.entry("custos.removal.escalate-after", "5s"),
                Map.entry("custos.removal.check-interval", "1s"), Map.entry("custos.removal.retry-interval", "1s"),
                Map.entry("custos.removal.poll-millis", "200"), Map.entry("custos.removal.allow-private-addresses", "true"),
                Map.entry("custos.removal.escalation-contact", ESCALATION),
                Map.entry("custos.removal.from", "removals@custos.example"),
                Map.entry("spring.mail.host", "127.0.0.1"), Map.entry("spring.mail.port", String.valueOf(SMTP.port())))));
        operator = new Api(server.url(), server.firstAdminKey().orElseThrow().token());
        Api curator = key(organisation("AUTHORITY"), "LIST_CURATOR");
        provider = organisation("PROVIDER");
        UUID list = Reporting.grantedList(curator, provider, key(provider, "ADMIN"));
        var added = curator.postBytes("/v1/lists/" + list + "/entries", "application/json",
                Hashes.entry("bridge", "pdq", bridgeHash.pdq().hash().toHex()).getBytes());
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        reviewer = key(provider, "REVIEWER");
        matcher = key(provider, "MATCHER");
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
        SMTP.close();
        HOST.close();
        if (data != null) TemporaryDirectory.delete(data);
    }

    @Test
    void anEmailNoticeIsResentAndEscalatedUntilTheHostAnswers404() {
        String caseId = confirmedCase();
        HOST.serve("/a/bridge.jpg", bridge);
        var created = reviewer.post("/v1/removals", Map.of("url", HOST.url("/a/bridge.jpg").toString(), "host",
                Map.of("id", "host-a.example", "email", "abuse@host-a.example"), "caseId", caseId));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("notice").get("id").asString();

        await(() -> SMTP.to("abuse@host-a.example").size() >= 2, "a notice and a reminder");
        var first = SMTP.to("abuse@host-a.example").getFirst();
        assertThat(first.subject()).contains("removal of child sexual abuse material at 127.0.0.1", id);
        assertThat(first.text()).contains(HOST.url("/a/bridge.jpg").toString(), "Digital Services Act",
                "confirmed by a person on review", "Notice " + id);
        assertThat(SMTP.to("abuse@host-a.example").get(1).subject()).startsWith("Reminder 1: ");
        await(() -> SMTP.to(ESCALATION).stream().anyMatch(m -> m.subject().contains(id)), "the escalation");
        var escalation = SMTP.to(ESCALATION).stream().filter(m -> m.subject().contains(id)).findFirst().orElseThrow();
        assertThat(escalation.subject()).matches("Escalation: CSAM still online at 127\\.0\\.0\\.1 after \\d+ s .*");
        assertThat(escalation.text()).contains("host-a.example", HOST.url("/a/bridge.jpg").toString());
        // the worker sends the escalation, then records it in its transaction: the mail can arrive first
        awaitStatus(id, "ESCALATED");
        SMTP.mails().forEach(m -> assertThat(m.subject() + m.text()).doesNotContain(bridgeHash.digests().md5(),
                bridgeHash.digests().sha256(), bridgeHash.pdq().hash().toHex()));

        HOST.remove("/a/bridge.jpg");
        JsonNode removed = awaitStatus(id, "REMOVED");
        assertThat(removed.get("notice").get("removedBy").asString()).isEqualTo("CHECK");
        assertThat(removed.get("notice").get("timeToRemovalSeconds").asLong()).isBetween(5L, 120L);
        assertThat(removed.get("attempts").findValuesAsString("kind")).contains("NOTICE", "REMINDER", "ESCALATION",
                "CHECK");
        assertThat(outcomes(removed, "CHECK")).startsWith("PRESENT").endsWith("REMOVED");
        assertThat(key(provider, "AUDITOR").get("/v1/audit?limit=1000").json().findValuesAsString("action"))
                .contains("removal.create", "removal.notice.send", "removal.escalate", "removal.check",
                        "removal.removed");
    }

    @Test
    void aSignedWebhookNoticeOutlivesANearCopyAndClosesWhenOtherContentIsServed() throws Exception {
        String caseId = confirmedCase();
        HOST.serve("/b/photo.jpg", bridge);
        var created = reviewer.post("/v1/removals", Map.of("url", HOST.url("/b/photo.jpg").toString(), "host",
                Map.of("id", "host-b.example", "webhook", HOST.url("/hook").toString()), "caseId", caseId,
                "legalBasis", "Test basis, Article 1"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("notice").get("id").asString();
        await(() -> calls(id).size() >= 1, "the webhook notice");
        FakeHost.Call call = calls(id).getFirst();
        assertThat(verifier().verify(call.header(SignatureHeader.NAME), call.body())).isNotBlank();
        JsonNode notice = Api.JSON.readTree(call.body());
        assertThat(notice.get("format").asString()).isEqualTo("custos-removal-notice/1");
        assertThat(notice.get("kind").asString()).isEqualTo("NOTICE");
        assertThat(notice.get("legalBasis").asString()).isEqualTo("Test basis, Article 1");
        assertThat(call.header("Idempotency-Key")).isEqualTo(id + "/notice/1");
        assertThat(new String(call.body())).doesNotContain(bridgeHash.digests().sha256(), bridgeHash.pdq().hash().toHex());

        HOST.serve("/b/photo.jpg", shared("pdq-vectors/pdq/data/bridge-mods/blur-a-little.jpg"));
        int fetched = HOST.fetches("/b/photo.jpg");
        await(() -> HOST.fetches("/b/photo.jpg") >= fetched + 2, "two checks of the near copy");
        JsonNode open = reviewer.get("/v1/removals/" + id).json();
        assertThat(open.get("notice").get("status").asString()).isIn("OPEN", "ESCALATED");
        assertThat(outcomes(open, "CHECK")).doesNotContain("REMOVED").endsWith("PRESENT");

        HOST.serve("/b/photo.jpg", shared("pdq-vectors/pdq/data/reg-test-input/labelme-subset/q2821.jpg"));
        JsonNode removed = awaitStatus(id, "REMOVED");
        assertThat(removed.get("notice").get("lastCheck").asString()).contains("content no longer matches");
        var hosts = reviewer.get("/v1/removals/hosts").json();
        JsonNode b = find(hosts, "host-b.example");
        assertThat(b.get("notices").asInt()).isEqualTo(1);
        assertThat(b.get("removed").asInt()).isEqualTo(1);
        assertThat(b.get("open").asInt()).isZero();
        assertThat(b.get("medianSeconds").asLong()).isEqualTo(removed.get("notice").get("timeToRemovalSeconds").asLong());
    }

    @Test
    void aFailedSendingIsKeptAndRetriedUntilAPersonClosesTheNotice() {
        String caseId = confirmedCase();
        String id = reviewer.post("/v1/removals", Map.of("url", "http://127.0.0.1:9/elsewhere.jpg", "host",
                Map.of("id", "host-d.example", "webhook", HOST.url("/no-such-hook").toString()), "caseId", caseId))
                .json().get("notice").get("id").asString();
        await(() -> outcomes(reviewer.get("/v1/removals/" + id).json(), "NOTICE").size() >= 2, "a retried sending");
        JsonNode pending = reviewer.get("/v1/removals/" + id).json();
        assertThat(pending.get("notice").get("status").asString()).isEqualTo("PENDING");
        assertThat(pending.get("notice").get("lastError").asString()).contains("removal webhook: HTTP 404");
        assertThat(outcomes(pending, "NOTICE")).containsOnly("FAILED");
        assertThat(outcomes(pending, "CHECK")).containsOnly("INCONCLUSIVE");
        assertThat(reviewer.post("/v1/removals/" + id + "/confirm", Map.of("note", "taken down, host phoned"))
                .status()).isEqualTo(200);
    }

    @Test
    void aPersonConfirmsRemovalWithANoteOnceAndTheFiguresCountIt() {
        Instant before = Instant.now().minusSeconds(1);
        String caseId = confirmedCase();
        String reportless = reviewer.post("/v1/removals", Map.of("url", "http://127.0.0.1:9/unreachable.jpg", "host",
                Map.of("id", "host-c.example", "email", "abuse@host-c.example"), "caseId", caseId)).json()
                .get("notice").get("id").asString();
        var confirmed = reviewer.post("/v1/removals/" + reportless + "/confirm", Map.of("note", "host wrote back"));
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        assertThat(confirmed.json().get("notice").get("removedBy").asString()).isEqualTo("MANUAL");
        assertThat(confirmed.json().get("notice").get("confirmationNote").asString()).isEqualTo("host wrote back");
        assertThat(confirmed.json().get("attempts").findValuesAsString("outcome")).contains("CONFIRMED");
        var again = reviewer.post("/v1/removals/" + reportless + "/confirm", Map.of("note", "again"));
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(reviewer.get("/v1/removals?status=REMOVED").json().findValuesAsString("id")).contains(reportless);
        assertThat(reviewer.get("/v1/removals?status=OPEN").json().findValuesAsString("id")).doesNotContain(reportless);
        assertThat(find(reviewer.get("/v1/removals/hosts").json(), "host-c.example").get("removed").asInt()).isEqualTo(1);

        List<TransparencyEvent> events = new ArrayList<>();
        TransparencySource source = server.bean(RemovalTransparency.class);
        source.events(provider, before, Instant.now().plusSeconds(1), events::add);
        assertThat(events).extracting(TransparencyEvent::kind).contains(EventKind.REMOVAL_NOTICE, EventKind.REMOVED);
        assertThat(events).filteredOn(e -> e.kind() == EventKind.REMOVED)
                .allSatisfy(e -> assertThat(e.timeToRemoval()).isNotNull());

        String month = java.time.YearMonth.now(java.time.ZoneOffset.UTC).toString();
        var figures = key(provider, "AUDITOR").get("/v1/transparency?from=" + month + "&to=" + month);
        assertThat(figures.status()).as(figures.toString()).isEqualTo(200);
        assertThat(figures.json().get("figures").findValues("removalNotices").stream().mapToLong(JsonNode::asLong)
                .sum()).isGreaterThanOrEqualTo(1);
        assertThat(figures.json().get("figures").findValues("removed").stream().mapToLong(JsonNode::asLong).sum())
                .isGreaterThanOrEqualTo(1);
        assertThat(figures.json().get("figures").findValues("medianSecondsToRemoval").stream()
                .mapToLong(JsonNode::asLong)).anyMatch(seconds -> seconds >= 0);
        assertThat(figures.body()).doesNotContain("host-c.example", "127.0.0.1", "abuse@");
    }

    @Test
    void otherOrganisationsAndRolesAreRefusedAndBadFieldsNamed() {
        String caseId = confirmedCase();
        String id = reviewer.post("/v1/removals", Map.of("url", "https://files.example/x.jpg", "host",
                Map.of("id", "files.example", "email", "abuse@files.example"), "caseId", caseId)).json()
                .get("notice").get("id").asString();
        Api stranger = key(organisation("PROVIDER"), "REVIEWER");
        assertThat(stranger.get("/v1/removals/" + id).status()).isEqualTo(404);
        assertThat(stranger.post("/v1/removals/" + id + "/confirm", Map.of("note", "x")).status()).isEqualTo(404);
        assertThat(stranger.get("/v1/removals").json().findValuesAsString("id")).doesNotContain(id);
        assertThat(stranger.post("/v1/removals", Map.of("url", "https://files.example/y.jpg", "host", Map.of("id",
                "files.example", "email", "abuse@files.example"), "caseId", caseId)).status()).isEqualTo(404);
        assertThat(matcher.get("/v1/removals/" + id).status()).isEqualTo(403);
        assertThat(matcher.post("/v1/removals", Map.of("url", "https://files.example/y.jpg", "host", Map.of("id",
                "files.example", "email", "abuse@files.example"), "caseId", caseId)).status()).isEqualTo(403);
        Api auditor = key(provider, "AUDITOR");
        assertThat(auditor.get("/v1/removals/" + id).status()).isEqualTo(200);
        assertThat(auditor.post("/v1/removals/" + id + "/confirm", Map.of("note", "x")).status()).isEqualTo(403);
        assertThat(key(provider, "ADMIN").get("/v1/removals/hosts").status()).isEqualTo(200);

        assertBad(Map.of("url", "ftp://files.example/x", "host", Map.of("id", "h", "email", "a@h.example"),
                "caseId", caseId), "url must be an absolute http(s) URL");
        assertBad(Map.of("url", "https://files.example/x", "host", Map.of("id", "h", "email", "not an address"),
                "caseId", caseId), "host.email is not an email address");
        assertBad(Map.of("url", "https://files.example/x", "host", Map.of("id", "h", "webhook", "file:///etc/x"),
                "caseId", caseId), "host.webhook must be an absolute http(s) URL");
        assertBad(Map.of("url", "https://files.example/x", "host", Map.of("id", "h"), "caseId", caseId),
                "exactly one of email and webhook");
        assertBad(Map.of("url", "https://files.example/x", "host", Map.of("id", "h", "email", "a@h.example")),
                "caseId or reportId is required");
        String undecided = matchImage(bridge, "undecided " + UUID.randomUUID());
        var conflict = reviewer.post("/v1/removals", Map.of("url", "https://files.example/x", "host", Map.of("id", "h",
                "email", "a@h.example"), "caseId", undecided));
        assertThat(conflict.status()).as(conflict.toString()).isEqualTo(409);
        assertThat(reviewer.get("/v1/removals?status=bogus").status()).isEqualTo(400);
    }

    private static void assertBad(Map<String, Object> body, String message) {
        var response = reviewer.post("/v1/removals", body);
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().get("detail").asString()).contains(message);
    }

    private static String confirmedCase() {
        String caseId = matchImage(bridge, "account " + UUID.randomUUID());
        assertThat(reviewer.post("/v1/cases/" + caseId + "/claim", Map.of()).status()).isEqualTo(200);
        var decided = reviewer.post("/v1/cases/" + caseId + "/decision", Map.of("decision", "CONFIRMED"));
        assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
        return caseId;
    }

    private static String matchImage(byte[] image, String account) {
        var answer = matcher.send(HttpRequest.newBuilder(server.url().resolve("/v1/match"))
                .header("Content-Type", "image/jpeg").header("Custos-Account", account)
                .POST(HttpRequest.BodyPublishers.ofByteArray(image)));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.json().get("matches")).hasSize(1);
        return answer.json().get("caseId").asString();
    }

    private static List<FakeHost.Call> calls(String noticeId) {
        return HOST.calls().stream().filter(c -> new String(c.body()).contains(noticeId)).toList();
    }

    private static WebhookVerifier verifier() {
        TrustStore trust = new TrustStore();
        for (JsonNode k : reviewer.get("/v1/organisations/" + provider + "/signing-keys").json()) {
            trust.trust(k.get("publisher").asString(), PublisherKey.decodePublic(k.get("publicKey").asString()));
        }
        return new WebhookVerifier(trust, Clock.systemUTC(), Duration.ofMinutes(5));
    }

    private static List<String> outcomes(JsonNode detail, String kind) {
        List<String> out = new ArrayList<>();
        detail.get("attempts").forEach(a -> {
            if (a.get("kind").asString().equals(kind)) out.add(a.get("outcome").asString());
        });
        return out;
    }

    private static JsonNode find(JsonNode hosts, String hostId) {
        for (JsonNode h : hosts) {
            if (h.get("hostId").asString().equals(hostId)) return h;
        }
        throw new AssertionError("no figures for " + hostId + " in " + hosts);
    }

    private static JsonNode awaitStatus(String id, String status) {
        await(() -> reviewer.get("/v1/removals/" + id).json().get("notice").get("status").asString().equals(status),
                "notice " + id + " " + status);
        return reviewer.get("/v1/removals/" + id).json();
    }

    private static void await(java.util.function.BooleanSupplier condition, String what) {
        assertThat(Eventually.within(Duration.ofSeconds(60), condition)).as("waited for " + what).isTrue();
    }

    private static byte[] shared(String relative) {
        try {
            return Files.readAllBytes(SharedVideos.require(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static UUID organisation(String kind) {
        var created = operator.post("/v1/organisations", Map.of("name", kind.toLowerCase() + " " + UUID.randomUUID(),
                "kind", kind, "jurisdiction", "lu"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return UUID.fromString(created.json().get("id").asString());
    }

    private static Api key(UUID organisation, String role) {
        var issued = operator.post("/v1/organisations/" + organisation + "/keys", Map.of("name", "removal test",
                "roles", List.of(role)));
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        return new Api(server.url(), issued.json().get("token").asString());
    }
}
