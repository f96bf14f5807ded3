package org.custos.reports.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.custos.lists.release.PublisherKey;
import org.custos.lists.release.TrustStore;
import org.custos.reports.MutableClock;
import org.custos.reports.SampleReports;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {
    private static final byte[] SECRET = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private final MutableClock clock = new MutableClock(SampleReports.T0);
    private final PublisherKey key = PublisherKey.generate("org-photohost");
    private final WebhookVerifier verifier = new WebhookVerifier(new TrustStore().trust(key), clock, Duration.ofMinutes(5))
            .hmacSecret("hook-1", SECRET);
    private final byte[] body = "{\"format\":\"custos-report/1\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void hmacAndEd25519SignaturesVerifyOverTheExactBody() {
        assertThat(verifier.verify(WebhookSigner.hmac("hook-1", SECRET).sign(body, clock.instant()), body)).isEqualTo("hook-1");
        assertThat(verifier.verify(WebhookSigner.ed25519(key).sign(body, clock.instant()), body)).isEqualTo(key.keyId());
    }

    @Test
    void aChangedBodyOrTimestampFails() {
        String header = WebhookSigner.hmac("hook-1", SECRET).sign(body, clock.instant());
        byte[] changed = body.clone();
        changed[3] ^= 1;
        assertThatThrownBy(() -> verifier.verify(header, changed)).isInstanceOf(InvalidSignatureException.class)
                .hasMessageContaining("does not match the body");
        String shifted = header.replace("t=" + clock.instant().getEpochSecond(), "t=" + (clock.instant().getEpochSecond() + 1));
        assertThatThrownBy(() -> verifier.verify(shifted, body)).hasMessageContaining("does not match the body");
    }

    @Test
    void staleAndReplayedCallsFail() {
        String header = WebhookSigner.ed25519(key).sign(body, clock.instant());
        verifier.verify(header, body);
        assertThatThrownBy(() -> verifier.verify(header, body)).hasMessageContaining("already used: a replayed call");
        String old = WebhookSigner.hmac("hook-1", SECRET).sign(body, clock.instant());
        clock.advance(Duration.ofMinutes(6));
        assertThatThrownBy(() -> verifier.verify(old, body)).hasMessageContaining("360 s away from now (tolerance 300 s)");
    }

    @Test
    void unknownKeysAndMalformedHeadersFail() {
        assertThatThrownBy(() -> verifier.verify(WebhookSigner.hmac("other", SECRET).sign(body, clock.instant()), body))
                .hasMessageContaining("unknown HMAC key other");
        PublisherKey stranger = PublisherKey.generate("org-stranger");
        assertThatThrownBy(() -> verifier.verify(WebhookSigner.ed25519(stranger).sign(body, clock.instant()), body))
                .hasMessageContaining("unknown or revoked Ed25519 key");
        assertThatThrownBy(() -> verifier.verify("t=1,alg=hmac-sha256", body)).hasMessageContaining("lacks kid");
        assertThatThrownBy(() -> verifier.verify(null, body)).hasMessageContaining("missing or oversized");
        assertThatThrownBy(() -> WebhookSigner.hmac("k", new byte[16])).hasMessageContaining("at least 32 bytes");
    }
}
