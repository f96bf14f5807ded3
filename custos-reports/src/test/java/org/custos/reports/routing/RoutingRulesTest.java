package org.custos.reports.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.custos.reports.SampleReports;
import org.custos.reports.model.Contact;
import org.custos.reports.model.EstimatedLocation;
import org.custos.reports.model.Report;
import org.custos.reports.model.ReportedUser;
import org.custos.reports.model.ReportingOrganisation;
import org.junit.jupiter.api.Test;

class RoutingRulesTest {
    private final RoutingRules rules = load();

    @Test
    void aReportGoesToEveryCompetentBodyOnce() {
        List<Route> routes = rules.route(SampleReports.report()); // provider DE, user FR, hosted NL
        assertThat(routes).extracting(r -> r.body().id()).containsExactly("de-meldestelle", "fr-signalement", "nl-hotline");
        assertThat(routes.getFirst().bases()).containsExactly(Basis.PROVIDER);
        assertThat(rules.version()).isEqualTo(4);
    }

    @Test
    void oneBodyCompetentOnSeveralBasesIsOneRouteWithAllBases() {
        Report r = report("US", "DE", "US");
        List<Route> routes = rules.route(r);
        assertThat(routes).containsExactly(new Route(rules.bodies().get("ncmec"), Set.of(Basis.PROVIDER, Basis.HOSTING)),
                new Route(rules.bodies().get("de-meldestelle"), Set.of(Basis.USER)));
        assertThat(rules.route(report("DE", "DE", null)))
                .containsExactly(new Route(rules.bodies().get("de-meldestelle"), Set.of(Basis.PROVIDER, Basis.USER)));
    }

    @Test
    void theFallbackTakesReportsNoRuleCovers() {
        assertThat(rules.route(report("BE", null, null)))
                .containsExactly(new Route(rules.bodies().get("intl-network"), Set.of(Basis.FALLBACK)));
        RoutingRules strict = RoutingRulesParser.parse("version\t1\nbody\tncmec\tNCMEC\tUS\tcybertipline\nrule\tprovider\tUS\tncmec\n", "strict");
        assertThatThrownBy(() -> strict.route(report("BE", null, null)))
                .isInstanceOf(RoutingRulesException.class).hasMessageContaining("no competent body for report r-BE (rules version 1, no fallback)");
    }

    @Test
    void anAuthorityRefersAReportToAnotherJurisdiction() {
        assertThat(rules.refer("de-meldestelle", "US")).isEqualTo(new Route(rules.bodies().get("ncmec"), Set.of(Basis.REFERRAL)));
        assertThatThrownBy(() -> rules.refer("de-meldestelle", "DE")).hasMessageContaining("cannot refer a report to itself");
        assertThatThrownBy(() -> rules.refer("de-meldestelle", "JP")).hasMessageContaining("no authority for jurisdiction JP");
        assertThatThrownBy(() -> rules.refer("nobody", "US")).hasMessageContaining("unknown referring body 'nobody'");
    }

    @Test
    void malformedFilesAreRefusedWithTheLine() {
        assertThatThrownBy(() -> RoutingRulesParser.parse("version\t1\nrule\tprovider\tUS\tncmec\n", "a.tsv"))
                .hasMessage("a.tsv line 2: unknown body 'ncmec'");
        assertThatThrownBy(() -> RoutingRulesParser.parse("version\t1\nbody\tx\tX\tUS\tfax\n", "b.tsv"))
                .hasMessageContaining("b.tsv line 2:").hasMessageContaining("FAX");
        assertThatThrownBy(() -> RoutingRulesParser.parse("version\t1\nbody\tx\tX\tXX\tcustos\n", "c.tsv"))
                .hasMessageContaining("c.tsv line 2: body jurisdiction is not an ISO 3166-1 alpha-2 code: 'XX'");
        assertThatThrownBy(() -> RoutingRulesParser.parse("version\t1\nbody\tx\tX\tUS\tcustos\nfallback\tx\nfallback\tx\n", "d.tsv"))
                .hasMessage("d.tsv line 4: duplicate fallback");
        assertThatThrownBy(() -> RoutingRulesParser.parse("body\tx\tX\tUS\tcustos\n", "e.tsv")).hasMessage("e.tsv: no version line");
        assertThatThrownBy(() -> RoutingRulesParser.parse("version\t1\nbody\tx\tX\tUS\tcustos\nrule\treferral\tUS\tx\n", "f.tsv"))
                .hasMessageContaining("f.tsv line 3: a rule's basis is provider, user or hosting");
        assertThatThrownBy(() -> RoutingRulesParser.parse("version\t1\nrule\tprovider US ncmec\n", "g.tsv"))
                .hasMessage("g.tsv line 2: 'rule' takes 3 tab-separated fields, got 1");
    }

    private static Report report(String provider, String userCountry, String hosting) {
        ReportingOrganisation org = new ReportingOrganisation("org-" + provider, "Provider " + provider, provider,
                new Contact("A", "B", "a@b.example"));
        ReportedUser user = userCountry == null ? null
                : new ReportedUser("acct", null, null, List.of(), EstimatedLocation.country(userCountry));
        return new Report("r-" + provider, SampleReports.report().incidentType(), SampleReports.T0, org,
                List.of(SampleReports.item("i")), user, hosting, null);
    }

    private static RoutingRules load() {
        try (InputStream in = RoutingRulesTest.class.getResourceAsStream("/routing/rules-v4.tsv")) {
            return RoutingRulesParser.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "rules-v4.tsv");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
