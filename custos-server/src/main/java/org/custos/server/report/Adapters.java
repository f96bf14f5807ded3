package org.custos.server.report;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import org.custos.reports.delivery.ReportDelivery;
import org.custos.reports.ncmec.CyberTiplineCredentials;
import org.custos.reports.ncmec.CyberTiplineDelivery;
import org.custos.reports.signing.WebhookSigner;
import org.custos.reports.webhook.WebhookDelivery;
import org.springframework.stereotype.Component;

/** Builds the custos-reports adapter a body's endpoint names, over one shared HTTP client. */
@Component
class Adapters {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    ReportDelivery of(BodyEndpoint e) {
        return switch (e.adapter()) {
            case CYBERTIPLINE -> new CyberTiplineDelivery(http,
                    new CyberTiplineCredentials(e.endpoint(), e.username(), e.secret()), TIMEOUT);
            case WEBHOOK -> new WebhookDelivery(http, e.endpoint(),
                    WebhookSigner.hmac(e.username(), e.secret().getBytes(StandardCharsets.UTF_8)), Clock.systemUTC(),
                    TIMEOUT);
            case CUSTOS -> throw new IllegalStateException("the CUSTOS adapter is not configurable yet");
        };
    }
}
