package org.custos.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every endpoint so far, as the wrong organisation and the wrong role: 401, 403 or 404, never data. */
class AccessControlTest {
    private final Tenant provider = Tenant.create("PROVIDER");
    private final Tenant hotline = Tenant.create("HOTLINE");

    @Test
    void anotherOrganisationIsAnsweredAsAbsent() {
        Api admin = provider.key("ADMIN");
        String theirs = "/v1/organisations/" + hotline.id();
        String theirKey = hotline.issue("MATCHER").get("key").get("id").asString();
        for (var response : List.of(admin.get(theirs), admin.get(hotline.keysPath()),
                admin.post(hotline.keysPath(), Map.of("name", "x", "roles", List.of("ADMIN"))),
                admin.delete(hotline.keysPath() + "/" + theirKey))) {
            assertThat(response.status()).as(response.toString()).isEqualTo(404);
            assertThat(response.isProblem()).isTrue();
            assertThat(response.body()).doesNotContain(hotline.name(), "\"roles\"", "\"kind\"");
        }
        assertThat(admin.get("/v1/organisations").body()).contains(provider.name()).doesNotContain(hotline.name());
    }

    @Test
    void aKeyWithoutTheRoleIsForbidden() {
        Api matcher = provider.key("MATCHER", "REVIEWER");
        for (var response : List.of(matcher.get(provider.keysPath()),
                matcher.post(provider.keysPath(), Map.of("name", "x", "roles", List.of("ADMIN"))),
                matcher.get("/v1/audit"), matcher.get("/v1/audit/verification"),
                provider.key("ADMIN").post("/v1/organisations",
                        Map.of("name", "not allowed", "kind", "PROVIDER", "jurisdiction", "LU")),
                provider.key("AUDITOR").get("/v1/audit/verification"))) {
            assertThat(response.status()).as(response.toString()).isEqualTo(403);
            assertThat(response.isProblem()).isTrue();
        }
    }

    @Test
    void missingMalformedAndUnknownKeysAreUnauthorised() {
        String unknown = "custos_000000000000_" + "A".repeat(43);
        for (var response : List.of(TestServer.anonymous().get("/v1/me"), TestServer.as("nonsense").get("/v1/me"),
                TestServer.as(unknown).get("/v1/me"))) {
            assertThat(response.status()).isEqualTo(401);
            assertThat(response.isProblem()).isTrue();
        }
    }

    @Test
    void aRevokedKeyStopsWorkingAtOnce() {
        var issued = provider.issue("MATCHER");
        Api key = TestServer.as(issued.get("token").asString());
        assertThat(key.get("/v1/me").status()).isEqualTo(200);
        var revoked = provider.key("ADMIN").delete(provider.keysPath() + "/" + issued.get("key").get("id").asString());
        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.json().get("revokedAt").isNull()).isFalse();
        assertThat(key.get("/v1/me").status()).isEqualTo(401);
    }

    @Test
    void keysAreListedWithoutTokensOrHashes() {
        var issued = provider.issue("MATCHER");
        var listed = provider.key("ADMIN").get(provider.keysPath());
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.body()).contains(issued.get("key").get("id").asString())
                .doesNotContain(issued.get("token").asString()).doesNotContain("secret", "hash");
    }

    @Test
    void aKeyIsLimitedToItsRate() {
        var issued = TestServer.operator().post(provider.keysPath(),
                Map.of("name", "slow", "roles", List.of("MATCHER"), "requestsPerSecond", 1)).json();
        Api slow = TestServer.as(issued.get("token").asString());
        var responses = java.util.stream.IntStream.range(0, 5).mapToObj(i -> slow.get("/v1/me")).toList();
        var limited = responses.stream().filter(r -> r.status() == 429).findFirst();
        assertThat(limited).as(responses.toString()).isPresent();
        assertThat(limited.get().isProblem()).isTrue();
        assertThat(limited.get().retryAfter()).isEqualTo("1");
    }
}
