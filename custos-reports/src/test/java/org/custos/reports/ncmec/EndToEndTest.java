package org.custos.reports.ncmec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.custos.reports.MutableClock;
import org.custos.reports.SampleReports;
import org.custos.reports.delivery.IdempotencyKey;
import org.custos.reports.model.Contact;
import org.custos.reports.model.Report;
import org.custos.reports.model.ReportingOrganisation;
import org.custos.reports.routing.Basis;
import org.custos.reports.routing.Route;
import org.custos.reports.routing.RoutingRules;
import org.custos.reports.routing.RoutingRulesParser;
import org.custos.reports.transparency.EventKind;
import org.custos.reports.transparency.FiguresFormat;
import org.custos.reports.transparency.TransparencyEvent;
import org.custos.reports.transparency.TransparencyFigures;
import org.custos.reports.vault.CustodyAction;
import org.custos.reports.vault.CustodyChain;
import org.custos.reports.vault.CustodyRecord;
import org.custos.reports.vault.EvidenceVault;
import org.custos.reports.vault.MasterKey;
import org.junit.jupiter.api.Test;

/**
 * The library path a server runs: a US provider's report is routed by rules, its (synthetic, benign) content is
 * sealed in the vault, streamed out of the vault into the CyberTipline upload, and the delivery counted in the
 * transparency figures. The vault's test doubles stand for the server's tables.
 */
class EndToEndTest {
    @Test
    void routeSealDeliverAndCount() throws Exception {
        MutableClock clock = new MutableClock(SampleReports.T0);
        var keys = new org.custos.reports.vault.InMemoryCaseKeys();
        var custody = new org.custos.reports.vault.InMemoryCustodyLog();
        EvidenceVault vault = new EvidenceVault(MasterKey.generate("mk-1"), keys, custody, clock);
        Report base = SampleReports.report();
        Report report = new Report(base.reportId(), base.incidentType(), base.incidentTime(),
                new ReportingOrganisation("org-us", "US Photo Example Inc.", "US", new Contact("Sam", "Lee", "safety@us.example")),
                base.items().subList(0, 1), base.reportedUser(), "US", null);
        RoutingRules rules;
        try (InputStream in = getClass().getResourceAsStream("/routing/rules-v4.tsv")) {
            rules = RoutingRulesParser.parse(new String(in.readAllBytes()), "rules-v4.tsv");
        }
        List<Route> routes = rules.route(report);
        assertThat(routes).extracting(r -> r.body().id()).containsExactly("ncmec", "fr-signalement");
        assertThat(routes.getFirst().bases()).containsExactlyInAnyOrder(Basis.PROVIDER, Basis.HOSTING);

        byte[] content = new byte[200_000];
        new Random(1).nextBytes(content);
        vault.openCase("case-9");
        ByteArrayOutputStream sealed = new ByteArrayOutputStream();
        vault.store("case-9", "i1", new ByteArrayInputStream(content), sealed, "ingest", "confirmed match");

        List<TransparencyEvent> events = new ArrayList<>();
        try (FakeCyberTipline ncmec = new FakeCyberTipline()) {
            var delivery = new CyberTiplineDelivery(HttpClient.newHttpClient(),
                    new CyberTiplineCredentials(ncmec.base(), "esp", "secret"), Duration.ofSeconds(10));
            String id = delivery.submit(report, IdempotencyKey.of(report.reportId(), "ncmec", "submit"));
            var file = delivery.upload(id, report.items().getFirst(), () -> vault.read("case-9", "i1",
                    new ByteArrayInputStream(sealed.toByteArray()), CustodyAction.EXPORTED, "outbox",
                    "CyberTipline report " + id), IdempotencyKey.of(report.reportId(), "ncmec", "upload i1"));
            delivery.finish(id, IdempotencyKey.of(report.reportId(), "ncmec", "finish"));
            assertThat(file.md5()).isEqualTo(md5(content));
            assertThat(ncmec.state.get(Long.parseLong(id))).isEqualTo("finished");
            events.add(new TransparencyEvent(EventKind.REPORT_SENT, "hotline-a", clock.instant(), "ncmec", null));
        }
        assertThat(custody.records).extracting(CustodyRecord::action).containsExactly(CustodyAction.STORED, CustodyAction.EXPORTED);
        CustodyChain.verify(custody.records);
        String csv = FiguresFormat.csv(TransparencyFigures.aggregate(events, Instant.EPOCH, clock.instant().plusSeconds(1)));
        assertThat(csv).endsWith("hotline-a,2026-03,0,0,0,0,1,0,0,-1,-1,ncmec=1\r\n").doesNotContain("acct-1234", "192.0.2.44");
    }

    private static String md5(byte[] b) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(b));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IOException(e);
        }
    }
}
