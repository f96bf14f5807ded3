package org.custos.lists.terminology;

import java.util.List;

/**
 * How a common label reads in a target scheme: exactly one label, several (the target is finer than what the
 * common label records, so a distinction would have to be invented), or none (the target cannot say it).
 */
public record Expression(Scheme scheme, CommonLabel common, List<String> candidates) {
    public Expression {
        candidates = List.copyOf(candidates);
    }

    public boolean exact() {
        return candidates.size() == 1;
    }

    public boolean ambiguous() {
        return candidates.size() > 1;
    }

    public boolean inexpressible() {
        return candidates.isEmpty();
    }
}
