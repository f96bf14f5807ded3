package org.custos.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Action policies, cases and the review queue over HTTP against the real server: an authority's classified
 * list granted to a provider, whose matches group into cases by account and batch, are claimed, decided,
 * classified and disputed back to the authority.
 */
class ReviewTest {
    private static Tenant authority;
    private static Tenant provider;
    private static Api curator;
    private static Api admin;
    private static Api matcher;
    private static Api reviewer;
    private static UUID list;
    private static final Hashes HASHES = new Hashes(6006);

    @BeforeAll
    static void setUp() {
        authority = Tenant.create("AUTHORITY");
        curator = authority.key("LIST_CURATOR");
        provider = Tenant.create("PROVIDER");
        admin = provider.key("ADMIN");
        matcher = provider.key("MATCHER");
        reviewer = provider.key("REVIEWER");
        var created = curator.post("/v1/lists", Map.of("name", "graded " + UUID.randomUUID(), "purpose", "KNOWN_CSAM",
                "scheme", "uk"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        list = UUID.fromString(created.json().get("id").asString());
        assertThat(curator.post("/v1/lists/" + list + "/grants", Map.of("organisationId", provider.id(),
                "level", "MATCH")).status()).isEqualTo(204);
        assertThat(ListMatchingTest.subscribe(admin, list).status()).isEqualTo(200);
    }

    /** A new classified entry (UK category {@code label}) with a fresh MD5; returns the MD5. */
    private static String entry(String label) {
        String md5 = HASHES.hex(16);
        String json = "{\"id\":\"" + md5 + "\",\"status\":\"ACTIVE\",\"signals\":[{\"type\":\"md5\",\"value\":\"" + md5
                + "\"}],\"classification\":{\"scheme\":\"uk\",\"label\":\"" + label + "\"}}";
        var added = curator.postBytes("/v1/lists/" + list + "/entries", "application/json", json.getBytes());
        assertThat(added.status()).as(added.toString()).isIn(200, 201);
        return md5;
    }

    private static JsonNode match(String md5, String account, String batch) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("hashes", List.of(Map.of("type", "md5", "value", md5))));
        if (account != null) {
            body.put("account", account);
        }
        if (batch != null) {
            body.put("batch", batch);
        }
        var response = matcher.post("/v1/match/hashes", body);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static JsonNode caseOf(Api api, String caseId) {
        var response = api.get("/v1/cases/" + caseId);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static List<String> auditActions(Tenant tenant) {
        return tenant.key("AUDITOR").get("/v1/audit?limit=1000").json().findValuesAsString("action");
    }

    @Test
    void policiesGiveActionsAndMatchesOfOneAccountShareACase() {
        String account = "acct-" + UUID.randomUUID();
        String first = entry("C");
        String second = entry("A");
        var set = admin.post("/v1/action-policies", Map.of("listId", list, "action", "BLOCK"));
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        var blocked = match(first, account, null);
        assertThat(blocked.get("matches").get(0).get("action").asString()).isEqualTo("BLOCK");
        String caseId = blocked.get("caseId").asString();
        assertThat(caseOf(reviewer, caseId).get("reviewCase").get("status").asString()).isEqualTo("BLOCKED");
        assertThat(reviewer.get("/v1/cases").body()).doesNotContain(caseId);

        admin.post("/v1/action-policies", Map.of("listId", list, "category", "CSAM_SEXUAL_ACTIVITY", "action", "REPORT"));
        var reported = match(second, account, "another batch");
        assertThat(reported.get("matches").get(0).get("action").asString()).isEqualTo("REPORT");
        assertThat(reported.get("caseId").asString()).isEqualTo(caseId);
        assertThat(match(first, account, null).get("matches").get(0).get("action").asString()).isEqualTo("BLOCK");
        JsonNode detail = caseOf(reviewer, caseId);
        assertThat(detail.get("reviewCase").get("status").asString()).isEqualTo("OPEN");
        assertThat(detail.get("reviewCase").get("action").asString()).isEqualTo("REPORT");
        assertThat(detail.get("reviewCase").get("reportMarked").asBoolean()).isTrue();
        assertThat(detail.get("reviewCase").get("account").asString()).isEqualTo(account);
        assertThat(detail.get("matches")).hasSize(3);
        assertThat(detail.get("history").findValuesAsString("kind")).containsExactly("opened", "raised");
        assertThat(reviewer.get("/v1/cases").body()).contains(caseId);
        assertThat(reviewer.get("/v1/match-events?limit=1").json().get(0).get("caseId").asString()).isEqualTo(caseId);
        assertThat(match(first, "other-" + account, null).get("caseId").asString()).isNotEqualTo(caseId);
        assertThat(admin.get("/v1/action-policies").json()).hasSize(2);
        assertThat(admin.delete("/v1/action-policies/" + list + "?category=CSAM_SEXUAL_ACTIVITY").status()).isEqualTo(204);
        assertThat(admin.delete("/v1/action-policies/" + list).status()).isEqualTo(204);
        assertThat(admin.delete("/v1/action-policies/" + list).status()).isEqualTo(404);
        assertThat(match(first, "third-" + account, null).get("matches").get(0).get("action").asString())
                .as("no rule left: a person reviews, at once after the removal").isEqualTo("REVIEW");
        assertThat(auditActions(provider)).contains("policy.action.set", "policy.action.remove", "case.open",
                "case.raise", "match.event");
    }

    @Test
    void anImageUploadGroupsByItsAccountAndBatchHeaders() throws Exception {
        byte[] png = ImageMatchingTest.png(6006);
        String md5 = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("MD5").digest(png));
        curator.postBytes("/v1/lists/" + list + "/entries", "application/json",
                ("{\"id\":\"image " + md5 + "\",\"status\":\"ACTIVE\",\"signals\":[{\"type\":\"md5\",\"value\":\""
                        + md5 + "\"}],\"classification\":{\"scheme\":\"uk\",\"label\":\"C\"}}").getBytes());
        String account = "uploader " + UUID.randomUUID();
        var request = java.net.http.HttpRequest.newBuilder(TestServer.get().url().resolve("/v1/match"))
                .header("Content-Type", "image/png").header("Custos-Account", account).header("Custos-Batch", "b1")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(png));
        var answer = matcher.send(request);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonNode reviewCase = caseOf(reviewer, answer.json().get("caseId").asString()).get("reviewCase");
        assertThat(reviewCase.get("account").asString()).isEqualTo(account);
        assertThat(reviewCase.get("batch").asString()).isEqualTo("b1");
        assertThat(caseOf(reviewer, reviewCase.get("id").asString()).get("matches").get(0).get("contentMd5")
                .asString()).isEqualTo(md5);
    }

    @Test
    void batchesGroupAndRequestsWithoutGroupingOpenTheirOwnCase() {
        String md5 = entry("B");
        String batch = "batch-" + UUID.randomUUID();
        String caseId = match(md5, null, batch).get("caseId").asString();
        assertThat(match(md5, null, batch).get("caseId").asString()).isEqualTo(caseId);
        assertThat(match(md5, null, null).get("caseId").asString()).isNotEqualTo(caseId);
        assertThat(caseOf(reviewer, caseId).get("reviewCase").get("batch").asString()).isEqualTo(batch);
    }

    @Test
    void oneReviewerAtATimeDecidesAndClassifies() {
        String account = "acct-" + UUID.randomUUID();
        String md5 = entry("A");
        String caseId = match(md5, account, null).get("caseId").asString();
        Api other = provider.key("REVIEWER");
        String path = "/v1/cases/" + caseId;
        Map<String, Object> confirm = Map.of("decision", "CONFIRMED", "scheme", "uk", "label", "B");

        assertThat(reviewer.post(path + "/decision", confirm).status()).isEqualTo(409);
        assertThat(reviewer.post(path + "/claim", Map.of()).status()).isEqualTo(200);
        assertThat(other.post(path + "/claim", Map.of()).status()).isEqualTo(409);
        assertThat(other.post(path + "/decision", confirm).status()).isEqualTo(409);
        var unknown = reviewer.post(path + "/decision", Map.of("decision", "CONFIRMED", "scheme", "uk", "label", "Z"));
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(400);
        assertThat(reviewer.post(path + "/decision", Map.of("decision", "CONFIRMED", "dispute", true)).status())
                .isEqualTo(400);
        expireClaim(caseId);
        assertThat(other.post(path + "/claim", Map.of()).status()).isEqualTo(200);
        assertThat(reviewer.post(path + "/decision", confirm).status()).isEqualTo(409);
        var decided = other.post(path + "/decision", confirm);
        assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
        assertThat(decided.json().get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(decided.json().get("commonCategory").asString()).isEqualTo("CSAM_SEXUAL_ACTIVITY");
        assertThat(decided.json().get("label").asString()).isEqualTo("B");
        assertThat(other.post(path + "/claim", Map.of()).status()).isEqualTo(409);
        assertThat(reviewer.get("/v1/cases?status=CONFIRMED").body()).contains(caseId);
        assertThat(match(md5, account, null).get("caseId").asString()).isNotEqualTo(caseId);
        assertThat(caseOf(reviewer, caseId).get("history").findValuesAsString("kind"))
                .containsExactly("opened", "claim", "claim", "decide");
        assertThat(auditActions(provider)).contains("case.claim", "case.decide");
    }

    @Test
    void racingRequestsOfOneAccountShareOneCaseAndRacingClaimsHaveOneWinner() throws Exception {
        String account = "acct-" + UUID.randomUUID();
        String md5 = entry("B");
        List<String> caseIds = parallel(8, i -> match(md5, account, null).get("caseId").asString());
        assertThat(caseIds).containsOnly(caseIds.get(0));
        List<Api> reviewers = java.util.stream.IntStream.range(0, 6).mapToObj(i -> provider.key("REVIEWER")).toList();
        List<Integer> claims = parallel(6, i -> reviewers.get(i).post("/v1/cases/" + caseIds.get(0) + "/claim",
                Map.of()).status());
        assertThat(claims).containsOnlyOnce(200).containsOnly(200, 409);
    }

    private static <T> List<T> parallel(int n, java.util.function.IntFunction<T> task) throws Exception {
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(n)) {
            var start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<T>> futures = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                int k = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.apply(k);
                }));
            }
            start.countDown();
            List<T> results = new java.util.ArrayList<>();
            for (var f : futures) {
                results.add(f.get());
            }
            return results;
        }
    }

    @Test
    void escalationReturnsTheCaseToTheQueue() {
        String caseId = match(entry("C"), "acct-" + UUID.randomUUID(), null).get("caseId").asString();
        reviewer.post("/v1/cases/" + caseId + "/claim", Map.of());
        var escalated = reviewer.post("/v1/cases/" + caseId + "/decision", Map.of("decision", "NEEDS_ESCALATION"));
        assertThat(escalated.json().get("status").asString()).isEqualTo("NEEDS_ESCALATION");
        assertThat(escalated.json().get("claimedBy").isNull()).isTrue();
        assertThat(reviewer.get("/v1/cases").body()).contains(caseId);
        assertThat(reviewer.post("/v1/cases/" + caseId + "/claim", Map.of()).status()).isEqualTo(200);
        assertThat(reviewer.post("/v1/cases/" + caseId + "/release", Map.of()).status()).isEqualTo(200);
    }

    @Test
    void aFalsePositiveDisputesTheEntryWithItsOwner() {
        String md5 = entry("A");
        String caseId = match(md5, "acct-" + UUID.randomUUID(), null).get("caseId").asString();
        reviewer.post("/v1/cases/" + caseId + "/claim", Map.of());
        var decided = reviewer.post("/v1/cases/" + caseId + "/decision",
                Map.of("decision", "FALSE_POSITIVE", "dispute", true));
        assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
        assertThat(authority.key("LIST_CURATOR").get("/v1/lists/" + list + "/entries?limit=10000").body())
                .contains("\"id\":\"" + md5 + "\",\"status\":\"DISPUTED\"");
        var ownerAudit = authority.key("AUDITOR").get("/v1/audit?limit=1000").body();
        assertThat(ownerAudit).contains("entry.dispute", md5, provider.id().toString());
        assertThat(caseOf(reviewer, caseId).get("history").findValuesAsString("kind")).contains("dispute");
        assertThat(match(md5, null, null).get("matches").get(0).get("status").asString()).isEqualTo("DISPUTED");
        assertThat(curator.post("/v1/lists/" + list + "/releases", Map.of()).status()).isIn(200, 201);
        var releases = curator.get("/v1/lists/" + list + "/releases?after=0").json();
        String version = releases.get(releases.size() - 1).get("version").asString();
        assertThat(curator.get("/v1/lists/" + list + "/releases/" + version + "/body").body())
                .contains(md5).contains("DISPUTED");
    }

    @Test
    void aViewRequestIsLoggedLimitedAndServesNothing() {
        String caseId = match(entry("C"), null, null).get("caseId").asString();
        Api viewer = provider.key("REVIEWER");
        String path = "/v1/cases/" + caseId + "/content-views";
        assertThat(viewer.post(path, Map.of("reason", " ")).status()).isEqualTo(400);
        var answer = viewer.post(path, Map.of("reason", "checking the classification"));
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().get("detail").asString()).isEqualTo("no content retained for case " + caseId);
        for (int i = 1; i < 20; i++) {
            assertThat(viewer.post(path, Map.of("reason", "view " + i)).status()).isEqualTo(404);
        }
        var limited = viewer.post(path, Map.of("reason", "one too many"));
        assertThat(limited.status()).as(limited.toString()).isEqualTo(429);
        assertThat(Long.parseLong(limited.retryAfter())).isBetween(1L, 86_400L);
        assertThat(provider.key("REVIEWER").post(path, Map.of("reason", "another reviewer")).status()).isEqualTo(404);
        List<String> actions = auditActions(provider);
        assertThat(actions.stream().filter("case.view_request"::equals)).hasSize(21);
        assertThat(provider.key("AUDITOR").get("/v1/audit?limit=1000").body()).contains("checking the classification")
                .doesNotContain("one too many");
    }

    @Test
    void anotherOrganisationAndOtherRolesGetNothing() {
        String account = "acct-" + UUID.randomUUID();
        String caseId = match(entry("A"), account, null).get("caseId").asString();
        Api stranger = Tenant.create("PROVIDER").key("ADMIN", "LIST_CURATOR", "MATCHER", "REVIEWER", "AUDITOR");
        String path = "/v1/cases/" + caseId;
        assertThat(stranger.get(path).status()).isEqualTo(404);
        assertThat(stranger.post(path + "/claim", Map.of()).status()).isEqualTo(404);
        assertThat(stranger.post(path + "/release", Map.of()).status()).isEqualTo(404);
        assertThat(stranger.post(path + "/decision", Map.of("decision", "CONFIRMED")).status()).isEqualTo(404);
        assertThat(stranger.post(path + "/content-views", Map.of("reason", "curious")).status()).isEqualTo(404);
        assertThat(stranger.get("/v1/cases").body()).doesNotContain(caseId, account);
        assertThat(stranger.post("/v1/action-policies", Map.of("listId", list, "action", "BLOCK")).status())
                .isEqualTo(404);
        assertThat(stranger.delete("/v1/action-policies/" + list).status()).isEqualTo(404);
        for (Api wrongRole : List.of(matcher, admin, provider.key("AUDITOR", "LIST_CURATOR"))) {
            assertThat(wrongRole.get("/v1/cases").status()).isEqualTo(403);
            assertThat(wrongRole.get(path).status()).isEqualTo(403);
            assertThat(wrongRole.post(path + "/claim", Map.of()).status()).isEqualTo(403);
            assertThat(wrongRole.post(path + "/content-views", Map.of("reason", "x")).status()).isEqualTo(403);
        }
        assertThat(reviewer.post("/v1/action-policies", Map.of("listId", list, "action", "BLOCK")).status())
                .isEqualTo(403);
        assertThat(reviewer.get("/v1/action-policies").status()).isEqualTo(403);
        assertThat(caseOf(reviewer, caseId).get("history").findValuesAsString("kind")).containsExactly("opened");
    }

    @Test
    void aQueryThatMatchesNothingOpensNoCase() {
        String account = "unmatched-" + UUID.randomUUID();
        long cases = ListMatchingTest.count("select count(*) from review_case");
        var answer = match(HASHES.hex(16), account, "batch-" + account);
        assertThat(answer.get("matches")).isEmpty();
        assertThat(answer.get("caseId").isNull()).isTrue();
        assertThat(ListMatchingTest.count("select count(*) from review_case")).isEqualTo(cases);
        assertThat(ListMatchingTest.count("select count(*) from review_case where account = '" + account
                + "' or batch = 'batch-" + account + "'")).isZero();
        assertThat(tooLong().status()).isEqualTo(400);
    }

    private static Api.Response tooLong() {
        return matcher.post("/v1/match/hashes", Map.of("hashes", List.of(Map.of("type", "md5", "value", HASHES.hex(16))),
                "account", "x".repeat(257)));
    }

    private static void expireClaim(String caseId) {
        JdbcClient.create(TestServer.get().dataSource())
                .sql("update review_case set claim_expires_at = now() - interval '1 second' where id = ?::uuid")
                .param(caseId).update();
    }
}
