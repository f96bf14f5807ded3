package org.custos.server.report;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.custos.reports.custos.CustosDelivery;
import org.custos.lists.release.PublisherKey;
import org.custos.server.release.SigningKeys;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.custos.reports.delivery.ReportDelivery;
import org.custos.reports.ncmec.CyberTiplineCredentials;
import org.custos.reports.ncmec.CyberTiplineDelivery;
import org.custos.reports.signing.WebhookSigner;
import org.custos.reports.webhook.WebhookDelivery;
import org.springframework.stereotype.Component;

/**
 * Builds the custos-reports adapter a body's endpoint names, over one shared HTTP client. A Custos peer gets
 * envelopes signed with the reporting organisation's release-signing key, the one its subscribers already trust.
 */
@Component
class Adapters {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final SigningKeys signingKeys;
    private final TransactionTemplate ownTransaction;

    Adapters(SigningKeys signingKeys, PlatformTransactionManager transactions) {
        this.signingKeys = signingKeys;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The organisation's signing key, committed before anything signed with it leaves (receivers fetch it). */
    private PublisherKey key(UUID organisation) {
        return ownTransaction.execute(s -> signingKeys.current(organisation));
    }

    ReportDelivery of(BodyEndpoint e, UUID reportingOrganisation) {
        return switch (e.adapter()) {
            case CYBERTIPLINE -> new CyberTiplineDelivery(http,
                    new CyberTiplineCredentials(e.endpoint(), e.username(), e.secret()), TIMEOUT);
            case WEBHOOK -> new WebhookDelivery(http, e.endpoint(),
                    WebhookSigner.hmac(e.username(), e.secret().getBytes(StandardCharsets.UTF_8)), Clock.systemUTC(),
                    TIMEOUT);
            case CUSTOS -> new CustosDelivery(http, e.endpoint(), e.username(), key(reportingOrganisation),
                    Clock.systemUTC(), TIMEOUT);
        };
    }
}
