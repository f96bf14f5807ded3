package org.custos.reports.routing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.custos.CustosException;
import org.custos.lists.Jurisdictions;

/**
 * Reads a routing rule file: UTF-8 lines of tab-separated fields, {@code #} comments and blank lines ignored.
 * <pre>
 * version   3
 * body      ncmec   NCMEC CyberTipline   US   cybertipline
 * rule      provider   US   ncmec          (basis: provider, user or hosting)
 * authority US   ncmec                     (receives referrals into US)
 * fallback  ncmec
 * </pre>
 * Bodies come before the lines that name them; a duplicate body, rule or authority is an error; every error
 * names the source and line.
 */
public final class RoutingRulesParser {
    private final String source;
    private final Map<String, ReceivingBody> bodies = new HashMap<>();
    private final List<RoutingRules.Rule> rules = new ArrayList<>();
    private final Set<String> ruleKeys = new HashSet<>();
    private final Map<String, ReceivingBody> authorities = new HashMap<>();
    private ReceivingBody fallback;
    private int version;
    private int line;

    private RoutingRulesParser(String source) {
        this.source = source;
    }

    public static RoutingRules parse(String text, String source) {
        RoutingRulesParser p = new RoutingRulesParser(source);
        for (String l : text.split("\n", -1)) {
            p.line++;
            String s = l.strip();
            if (!s.isEmpty() && !s.startsWith("#")) p.statement(l.split("\t"));
        }
        if (p.version < 1) throw new RoutingRulesException(source + ": no version line");
        return new RoutingRules(p.version, p.bodies, p.rules, p.fallback, p.authorities);
    }

    private void statement(String[] f) {
        try {
            switch (f[0].strip()) {
                case "version" -> version = Integer.parseInt(field(f, 1, 2));
                case "body" -> body(field(f, 1, 5), f[2].strip(), f[3].strip(), f[4].strip());
                case "rule" -> rule(Basis.valueOf(field(f, 1, 4).toUpperCase(Locale.ROOT)), f[2].strip(), f[3].strip());
                case "authority" -> once(authorities.put(Jurisdictions.check(field(f, 1, 3), "authority jurisdiction"),
                        known(f[2].strip())) == null, "authority for " + f[1].strip());
                case "fallback" -> {
                    once(fallback == null, "fallback");
                    fallback = known(field(f, 1, 2));
                }
                default -> throw new RoutingRulesException("unknown statement '" + f[0].strip() + "'");
            }
        } catch (RoutingRulesException e) {
            throw new RoutingRulesException(source + " line " + line + ": " + e.getMessage());
        } catch (CustosException | IllegalArgumentException e) {
            throw new RoutingRulesException(source + " line " + line + ": " + e.getMessage());
        }
    }

    private void body(String id, String name, String jurisdiction, String adapter) {
        ReceivingBody b = new ReceivingBody(id, name, jurisdiction, AdapterKind.valueOf(adapter.toUpperCase(Locale.ROOT)));
        once(bodies.putIfAbsent(id, b) == null, "body " + id);
    }

    private void rule(Basis basis, String country, String bodyId) {
        if (basis == Basis.FALLBACK || basis == Basis.REFERRAL) {
            throw new RoutingRulesException("a rule's basis is provider, user or hosting, not " + basis);
        }
        String c = Jurisdictions.check(country, "rule country");
        once(ruleKeys.add(basis + " " + c + " " + bodyId), "rule " + basis + " " + c + " " + bodyId);
        rules.add(new RoutingRules.Rule(basis, c, known(bodyId)));
    }

    private ReceivingBody known(String id) {
        ReceivingBody b = bodies.get(id);
        if (b == null) throw new RoutingRulesException("unknown body '" + id + "'");
        return b;
    }

    private static void once(boolean first, String what) {
        if (!first) throw new RoutingRulesException("duplicate " + what);
    }

    private static String field(String[] f, int index, int count) {
        if (f.length != count) {
            throw new RoutingRulesException("'" + f[0].strip() + "' takes " + (count - 1) + " tab-separated fields, got " + (f.length - 1));
        }
        return f[index].strip();
    }
}
