package org.custos.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Lists over HTTP and matching against them, as an authority and a provider would use them. */
class ListMatchingTest {
    private final Hashes hashes = new Hashes(7);
    private final Tenant authority = Tenant.create("AUTHORITY");
    private final Tenant provider = Tenant.create("PROVIDER");
    private final Api curator = authority.key("LIST_CURATOR", "ADMIN");
    private final Api providerAdmin = provider.key("ADMIN", "MATCHER", "LIST_CURATOR");
    private final String pdq1 = hashes.pdq();
    private final String md5 = hashes.hex(16);
    private UUID list;

    @BeforeEach
    void aListWithTwoEntries() {
        list = createList(curator, "known " + UUID.randomUUID(), "KNOWN_CSAM");
        String file = Hashes.entry("e1", "pdq", pdq1) + "\n" + Hashes.entry("e2", "md5", md5) + "\n";
        var job = Imports.run(curator, list, "jsonl", file);
        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("DONE");
        assertThat(job.get("entriesTotal").asLong()).isEqualTo(2);
        assertThat(job.get("added").asLong()).isEqualTo(2);
    }

    @Test
    void aGrantedSubscribedProviderMatchesNearHashesAndDigests() {
        assertThat(subscribe(providerAdmin, list).status()).isEqualTo(404);
        grant(list, provider, "MATCH");
        assertThat(subscribe(providerAdmin, list).status()).isEqualTo(200);

        var answer = match(providerAdmin, "pdq", Hashes.flip(pdq1, 5), "md5", md5, "pdq", Hashes.flip(pdq1, 40));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        var matches = answer.json().get("matches");
        assertThat(matches).hasSize(2);
        assertThat(matches.get(0).get("query").asInt()).isZero();
        assertThat(matches.get(0).get("entryId").asString()).isEqualTo("e1");
        assertThat(matches.get(0).get("distance").asInt()).isEqualTo(5);
        assertThat(matches.get(0).get("listId").asString()).isEqualTo(list.toString());
        assertThat(matches.get(1).get("entryId").asString()).isEqualTo("e2");
        assertThat(matches.get(1).get("signalType").asString()).isEqualTo("md5");
        assertThat(matches.toString()).doesNotContain(pdq1);
    }

    @Test
    void aMatchGrantDoesNotReadEntriesAndOthersSeeNothing() {
        grant(list, provider, "MATCH");
        assertThat(provider.key("LIST_CURATOR").get("/v1/lists/" + list + "/entries").status()).isEqualTo(403);
        assertThat(curator.get("/v1/lists/" + list + "/entries").body()).contains("e1", pdq1);
        Api stranger = Tenant.create("PROVIDER").key("ADMIN", "MATCHER", "LIST_CURATOR");
        for (var response : List.of(stranger.get("/v1/lists/" + list), stranger.get("/v1/lists/" + list + "/entries"),
                subscribe(stranger, list), stranger.post("/v1/lists/" + list + "/entries/e1/withdraw", Map.of()))) {
            assertThat(response.status()).as(response.toString()).isEqualTo(404);
            assertThat(response.body()).doesNotContain(pdq1, "e1\"");
        }
        assertThat(stranger.get("/v1/lists").body()).doesNotContain(list.toString());
        assertThat(providerAdmin.post("/v1/lists/" + list + "/entries/e1/withdraw", Map.of()).status()).isEqualTo(403);
        assertThat(curator.post("/v1/match/hashes", Map.of("hashes", List.of(Map.of("type", "md5", "value", md5))))
                .status()).isEqualTo(403);
    }

    @Test
    void aWithdrawalStopsMatchingAtOnce() {
        grant(list, provider, "READ");
        subscribe(providerAdmin, list);
        assertThat(match(providerAdmin, "pdq", pdq1).json().get("matches")).hasSize(1);
        var withdrawn = curator.post("/v1/lists/" + list + "/entries/e1/withdraw", Map.of());
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        assertThat(match(providerAdmin, "pdq", pdq1).json().get("matches")).isEmpty();
        assertThat(curator.post("/v1/lists/" + list + "/entries/e1/withdraw", Map.of()).status()).isEqualTo(409);
    }

    @Test
    void anAddedEntryMatchesAtOnceAndAnAllowlistSuppressesIt() {
        grant(list, provider, "MATCH");
        subscribe(providerAdmin, list);
        String pdq3 = hashes.pdq();
        var added = curator.postBytes("/v1/lists/" + list + "/entries", "application/json",
                Hashes.entry("e3", "pdq", pdq3).getBytes());
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(match(providerAdmin, "pdq", pdq3).json().get("matches")).hasSize(1);

        UUID allow = createList(providerAdmin, "allow " + UUID.randomUUID(), "ALLOWLIST");
        providerAdmin.postBytes("/v1/lists/" + allow + "/entries", "application/json",
                Hashes.entry("benign", "pdq", pdq3).getBytes());
        subscribe(providerAdmin, allow);
        assertThat(match(providerAdmin, "pdq", pdq3).json().get("matches")).isEmpty();
        assertThat(match(providerAdmin, "pdq", pdq1).json().get("matches")).hasSize(1);
    }

    @Test
    void aLowQualityPdqIsReportedUnmatchable() {
        grant(list, provider, "MATCH");
        subscribe(providerAdmin, list);
        var answer = providerAdmin.post("/v1/match/hashes", Map.of("hashes", List.of(
                Map.of("type", "pdq", "value", pdq1, "quality", 20), Map.of("type", "pdq", "value", pdq1,
                        "quality", 90))));
        assertThat(answer.json().get("unmatchable").toString()).isEqualTo("[0]");
        assertThat(answer.json().get("matches")).hasSize(1);
        assertThat(answer.json().get("matches").get(0).get("query").asInt()).isEqualTo(1);
    }

    @Test
    void aBadImportChangesNothingAndNamesTheRecord() {
        String file = Hashes.entry("e4", "pdq", hashes.pdq()) + "\n" + Hashes.entry("e5", "pdq", "not a hash") + "\n";
        var job = Imports.run(curator, list, "jsonl", file);
        assertThat(job.get("status").asString()).isEqualTo("FAILED");
        assertThat(job.get("error").asString()).contains("record 2");
        assertThat(curator.get("/v1/lists/" + list + "/entries").body()).doesNotContain("e4");
    }

    @Test
    void anImportSentAsAFormIsRefused() {
        var response = curator.postBytes("/v1/lists/" + list + "/imports?format=jsonl",
                "application/x-www-form-urlencoded", Hashes.entry("f1", "md5", hashes.hex(16)).getBytes());
        assertThat(response.status()).isEqualTo(415);
        assertThat(response.json().get("detail").asString()).contains("raw body");
    }

    @Test
    void aRetriedImportWithTheSameIdempotencyKeyIsOneJob() {
        String file = Hashes.entry("e6", "md5", hashes.hex(16)) + "\n";
        String key = UUID.randomUUID().toString();
        var first = postImport(file, key);
        var retry = postImport(file, key);
        assertThat(first.status()).isEqualTo(202);
        assertThat(retry.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
        assertThat(Imports.finished(curator, first.json().get("id").asString()).get("added").asLong()).isEqualTo(1);
        UUID other = createList(curator, "other " + UUID.randomUUID(), "KNOWN_CSAM");
        var misused = curator.send(java.net.http.HttpRequest.newBuilder(curator.base().resolve(
                        "/v1/lists/" + other + "/imports?format=jsonl")).header("Idempotency-Key", key)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(file)));
        assertThat(misused.status()).isEqualTo(409);
    }

    private Api.Response postImport(String file, String key) {
        return curator.send(java.net.http.HttpRequest.newBuilder(curator.base().resolve(
                        "/v1/lists/" + list + "/imports?format=jsonl")).header("Idempotency-Key", key)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(file)));
    }

    @Test
    void badQueriesAreRefusedWithoutEchoingTheValue() {
        grant(list, provider, "MATCH");
        String almost = pdq1.substring(1);
        var response = match(providerAdmin, "pdq", almost);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asString()).contains("hashes[0]").doesNotContain(almost);
        var tooMany = providerAdmin.post("/v1/match/hashes", Map.of("hashes",
                java.util.Collections.nCopies(10_001, Map.of("type", "md5", "value", md5))));
        assertThat(tooMany.status()).isEqualTo(400);
    }

    static UUID createList(Api api, String name, String purpose) {
        var created = api.post("/v1/lists", Map.of("name", name, "purpose", purpose));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return UUID.fromString(created.json().get("id").asString());
    }

    void grant(UUID listId, Tenant to, String level) {
        var granted = curator.post("/v1/lists/" + listId + "/grants", Map.of("organisationId", to.id(), "level", level));
        assertThat(granted.status()).as(granted.toString()).isEqualTo(204);
    }

    static Api.Response subscribe(Api api, UUID listId) {
        return api.post("/v1/subscriptions", Map.of("listId", listId));
    }

    static Api.Response match(Api api, String... typeValues) {
        List<Map<String, String>> queries = new java.util.ArrayList<>();
        for (int i = 0; i < typeValues.length; i += 2) {
            queries.add(Map.of("type", typeValues[i], "value", typeValues[i + 1]));
        }
        return api.post("/v1/match/hashes", Map.of("hashes", queries));
    }

    static long count(String sql) {
        return JdbcClient.create(TestServer.get().dataSource()).sql(sql).query(Long.class).single();
    }
}
