package org.custos.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.custos.hash.FileDigests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Video over HTTP: vPDQ entries of a subscribed list matched by a provider's own vPDQ (one frame a second),
 * live adds and withdrawals, video MD5 kept apart from image MD5, and uploaded videos hashed in memory and matched.
 */
class VideoMatchingTest {
    private final Hashes hashes = new Hashes(23);
    private final Tenant authority = Tenant.create("AUTHORITY");
    private final Tenant provider = Tenant.create("PROVIDER");
    private final Api curator = authority.key("LIST_CURATOR", "ADMIN");
    private final Api matcher = provider.key("ADMIN", "MATCHER");
    private final String listed = SharedVideos.json(SharedVideos.frames("chair-orig-22-sd-bar"));
    private UUID list;

    @BeforeEach
    void aSubscribedListWithOneVideo() {
        list = ListMatchingTest.createList(curator, "videos " + UUID.randomUUID(), "KNOWN_CSAM");
        add("v1", "vpdq", listed);
        var granted = curator.post("/v1/lists/" + list + "/grants", Map.of("organisationId", provider.id(),
                "level", "MATCH"));
        assertThat(granted.status()).as(granted.toString()).isEqualTo(204);
        assertThat(ListMatchingTest.subscribe(matcher, list).status()).isEqualTo(200);
    }

    @Test
    void aVariantOfTheListedVideoMatchesWithItsPercentages() {
        String sepia = SharedVideos.json(SharedVideos.onePerSecond(SharedVideos.frames("chair-22-sd-sepia-bar")));
        var answer = ListMatchingTest.match(matcher, "vpdq", sepia);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        var matches = answer.json().get("matches");
        assertThat(matches).hasSize(1);
        var match = matches.get(0);
        assertThat(match.get("entryId").asString()).isEqualTo("v1");
        assertThat(match.get("signalType").asString()).isEqualTo("vpdq");
        assertThat(match.get("queryPercent").asDouble()).isBetween(80.0, 100.0);
        assertThat(match.get("listedPercent").asDouble()).isBetween(1.0, 100.0);
        assertThat(match.get("action").asString()).isEqualTo("REVIEW");
        assertThat(answer.json().get("caseId").isNull()).isFalse();

        String other = SharedVideos.json(SharedVideos.onePerSecond(SharedVideos.frames("pattern-hd-no-bar")));
        assertThat(ListMatchingTest.match(matcher, "vpdq", other).json().get("matches")).isEmpty();
    }

    @Test
    void aWithdrawnVideoStopsMatchingAndAnAddedOneMatchesAtOnce() {
        String query = SharedVideos.json(SharedVideos.onePerSecond(SharedVideos.frames("chair-orig-22-sd-bar")));
        assertThat(ListMatchingTest.match(matcher, "vpdq", query).json().get("matches")).hasSize(1);
        assertThat(curator.post("/v1/lists/" + list + "/entries/v1/withdraw", Map.of()).status()).isEqualTo(200);
        assertThat(ListMatchingTest.match(matcher, "vpdq", query).json().get("matches")).isEmpty();

        String pattern = SharedVideos.json(SharedVideos.frames("pattern-hd-no-bar"));
        add("v2", "vpdq", pattern);
        var answer = ListMatchingTest.match(matcher, "vpdq", SharedVideos.json(SharedVideos.onePerSecond(
                SharedVideos.frames("pattern-hd-no-bar"))));
        assertThat(answer.json().get("matches")).hasSize(1);
        assertThat(answer.json().get("matches").get(0).get("queryPercent").asDouble()).isEqualTo(100.0);
    }

    @Test
    void aVideoMd5MatchesAsAVideoDigestOnly() {
        String md5 = hashes.hex(16);
        add("v3", "video_md5", md5);
        var asVideo = ListMatchingTest.match(matcher, "video_md5", md5).json().get("matches");
        assertThat(asVideo).hasSize(1);
        assertThat(asVideo.get(0).get("signalType").asString()).isEqualTo("video_md5");
        assertThat(asVideo.get(0).get("queryPercent").isNull()).isTrue();
        assertThat(ListMatchingTest.match(matcher, "md5", md5).json().get("matches")).isEmpty();
    }

    @Test
    void badVpdqValuesAreRefusedAndFramesTooWeakAreUnmatchable() {
        String notJson = "[\"" + hashes.pdq() + ",100\"]";
        var refused = ListMatchingTest.match(matcher, "vpdq", notJson);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("detail").asString()).contains("hashes[0]", "vpdq")
                .doesNotContain(notJson.substring(2, 66));
        var weak = ListMatchingTest.match(matcher, "vpdq", "[\"" + hashes.pdq() + ",10,0.000\"]");
        assertThat(weak.json().get("unmatchable").toString()).isEqualTo("[0]");
    }

    @Test
    void anUploadedVariantOfTheListedVideoMatchesByItsFramesWhateverItsContentType() {
        byte[] sepia = SharedVideos.video("chair-22-sd-sepia-bar.mp4");
        for (String type : List.of("video/mp4", "application/octet-stream")) {
            var answer = matcher.postBytes("/v1/match", type, sepia);
            assertThat(answer.status()).as(type + " " + answer).isEqualTo(200);
            var matches = answer.json().get("matches");
            assertThat(matches).as(type).hasSize(1);
            assertThat(matches.get(0).get("entryId").asString()).isEqualTo("v1");
            assertThat(matches.get(0).get("signalType").asString()).isEqualTo("vpdq");
            assertThat(matches.get(0).get("queryPercent").asDouble()).isBetween(80.0, 100.0);
            assertThat(matches.get(0).get("action").asString()).isEqualTo("REVIEW");
            assertThat(answer.json().get("caseId").isNull()).isFalse();
        }
    }

    @Test
    void anUploadedVideoMatchesByItsVideoMd5() {
        byte[] pattern = SharedVideos.video("pattern-hd-no-bar.mp4");
        var unlisted = matcher.postBytes("/v1/match", "video/mp4", pattern);
        assertThat(unlisted.status()).as(unlisted.toString()).isEqualTo(200);
        assertThat(unlisted.json().get("matches")).isEmpty();
        assertThat(unlisted.json().get("caseId").isNull()).isTrue();

        add("v4", "video_md5", FileDigests.of(pattern).md5());
        var matches = matcher.postBytes("/v1/match", "video/mp4", pattern).json().get("matches");
        assertThat(matches).hasSize(1);
        assertThat(matches.get(0).get("entryId").asString()).isEqualTo("v4");
        assertThat(matches.get(0).get("signalType").asString()).isEqualTo("video_md5");
    }

    @Test
    void aTruncatedUploadIsUnprocessableAndNamesNoContent() {
        byte[] head = SharedVideos.head("chair-orig-22-sd-bar.mp4", 64 * 1024);
        var response = matcher.postBytes("/v1/match", "video/mp4", head);
        assertThat(response.status()).as(response.toString()).isEqualTo(422);
        assertThat(response.json().get("detail").asString()).startsWith("upload: ");
    }

    private void add(String id, String type, String value) {
        String entry = Api.JSON.writeValueAsString(Map.of("id", id, "status", "ACTIVE", "signals",
                List.of(Map.of("type", type, "value", value))));
        var added = curator.postBytes("/v1/lists/" + list + "/entries", "application/json", entry.getBytes());
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
    }
}
