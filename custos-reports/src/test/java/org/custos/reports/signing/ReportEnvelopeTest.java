package org.custos.reports.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.custos.lists.release.PublisherKey;
import org.custos.lists.release.TrustStore;
import org.custos.reports.MutableClock;
import org.custos.reports.SampleReports;
import org.custos.reports.model.Report;
import org.junit.jupiter.api.Test;

class ReportEnvelopeTest {
    private final MutableClock clock = new MutableClock(SampleReports.T0);
    private final PublisherKey provider = PublisherKey.generate("org-photohost");
    private final TrustStore authorityTrust = new TrustStore().trust(provider);
    private final Report report = SampleReports.report();

    @Test
    void theAddressedAuthorityOpensWhatTheProviderSealed() {
        byte[] wire = ReportEnvelope.seal(report, "auth-de-bka", provider, clock.instant()).toJson();
        clock.advance(Duration.ofMinutes(3));
        Report received = ReportEnvelope.parse(wire).open("auth-de-bka", authorityTrust, clock, Duration.ofDays(7));
        assertThat(received).isEqualTo(report);
    }

    @Test
    void anotherRecipientATamperedPayloadOrAnUntrustedKeyIsRefused() {
        ReportEnvelope e = ReportEnvelope.seal(report, "auth-de-bka", provider, clock.instant());
        assertThatThrownBy(() -> e.open("auth-nl-police", authorityTrust, clock, Duration.ofDays(7)))
                .isInstanceOf(InvalidSignatureException.class).hasMessageContaining("addressed to auth-de-bka");
        String json = new String(e.toJson(), StandardCharsets.UTF_8);
        String payload = new String(e.payload(), StandardCharsets.UTF_8).replace("Toulouse", "Toulon");
        String tampered = json.replace(Base64.getEncoder().encodeToString(e.payload()),
                Base64.getEncoder().encodeToString(payload.getBytes(StandardCharsets.UTF_8)));
        assertThatThrownBy(() -> ReportEnvelope.parse(tampered.getBytes()).open("auth-de-bka", authorityTrust, clock,
                Duration.ofDays(7))).hasMessageContaining("envelope signature does not match");
        assertThatThrownBy(() -> e.open("auth-de-bka", new TrustStore(), clock, Duration.ofDays(7)))
                .hasMessageContaining("unknown or revoked key");
        assertThatThrownBy(() -> e.open("auth-de-bka", new TrustStore().trust(provider).revoke(provider.keyId()), clock,
                Duration.ofDays(7))).hasMessageContaining("unknown or revoked key");
    }

    @Test
    void aKeyOfAnotherOrganisationCannotSealAndOldEnvelopesExpire() {
        PublisherKey other = PublisherKey.generate("org-other");
        assertThatThrownBy(() -> ReportEnvelope.seal(report, "auth-de-bka", other, clock.instant()))
                .hasMessageContaining("belongs to org-other, not org-photohost");
        ReportEnvelope e = ReportEnvelope.seal(report, "auth-de-bka", provider, clock.instant());
        clock.advance(Duration.ofDays(8));
        assertThatThrownBy(() -> e.open("auth-de-bka", authorityTrust, clock, Duration.ofDays(7)))
                .hasMessageContaining("outside the accepted window");
    }
}
