package org.custos.reports.routing;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.custos.reports.model.Report;

/**
 * Which competent bodies receive a report, as data. A rule names a basis (the provider's jurisdiction, the
 * user's estimated location, the hosting location) and a country, and the body competent on that basis; every
 * rule that applies adds its body, so one report can go to several bodies, each once, with all its bases. When no
 * rule applies, the fallback body receives the report, and a file without a fallback makes such a report an
 * error rather than a silent drop. Authorities named per jurisdiction receive referrals: a body that got a
 * report can pass it to the authority of another jurisdiction. Read from the tab-separated file format of
 * {@link RoutingRulesParser}, whose {@code version} line says which rules a routing decision used.
 */
public record RoutingRules(int version, Map<String, ReceivingBody> bodies, List<Rule> rules, ReceivingBody fallback,
                           Map<String, ReceivingBody> authorities) {
    /** On {@code basis}, a report whose country is {@code country} goes to {@code body}. */
    public record Rule(Basis basis, String country, ReceivingBody body) {
    }

    public RoutingRules {
        bodies = Map.copyOf(bodies);
        rules = List.copyOf(rules);
        authorities = Map.copyOf(authorities);
    }

    public List<Route> route(Report report) {
        Map<ReceivingBody, Set<Basis>> routes = new LinkedHashMap<>();
        for (Rule rule : rules) {
            if (country(report, rule.basis()).filter(rule.country()::equals).isPresent()) {
                routes.computeIfAbsent(rule.body(), b -> EnumSet.noneOf(Basis.class)).add(rule.basis());
            }
        }
        if (routes.isEmpty() && fallback != null) routes.put(fallback, EnumSet.of(Basis.FALLBACK));
        if (routes.isEmpty()) {
            throw new RoutingRulesException("no competent body for report " + report.reportId() + " (rules version "
                    + version + ", no fallback)");
        }
        List<Route> out = new ArrayList<>();
        routes.forEach((body, bases) -> out.add(new Route(body, bases)));
        return out;
    }

    /** The authority of {@code jurisdiction} to which {@code fromBodyId} refers a report it received. */
    public Route refer(String fromBodyId, String jurisdiction) {
        ReceivingBody from = bodies.get(fromBodyId);
        if (from == null) throw new RoutingRulesException("unknown referring body '" + fromBodyId + "'");
        ReceivingBody to = authorities.get(jurisdiction);
        if (to == null) throw new RoutingRulesException("no authority for jurisdiction " + jurisdiction + " in rules version " + version);
        if (to.equals(from)) throw new RoutingRulesException(fromBodyId + " cannot refer a report to itself");
        return new Route(to, Set.of(Basis.REFERRAL));
    }

    private static Optional<String> country(Report report, Basis basis) {
        return switch (basis) {
            case PROVIDER -> Optional.of(report.reporter().jurisdiction());
            case USER -> report.userCountry();
            case HOSTING -> Optional.ofNullable(report.hostingCountry());
            case FALLBACK, REFERRAL -> Optional.empty();
        };
    }
}
