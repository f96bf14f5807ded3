package org.custos.reports.routing;

import java.util.Set;

/** One body a report goes to, with every basis on which it is competent (a body can be so on several). */
public record Route(ReceivingBody body, Set<Basis> bases) {
    public Route {
        bases = Set.copyOf(bases);
    }
}
