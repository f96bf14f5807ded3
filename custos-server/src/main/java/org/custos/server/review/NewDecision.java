package org.custos.server.review;

import org.custos.Preconditions;
import org.custos.lists.Classification;
import org.custos.lists.terminology.Crosswalk;
import org.custos.lists.terminology.Scheme;

/**
 * A decision with, optionally, a classification in a known scheme (custos-lists' {@link Crosswalk} gives its
 * common label; an unknown label is refused) and, for a false positive, whether to dispute the matched entries.
 */
public record NewDecision(Decision decision, String scheme, String label, Boolean dispute) {
    public NewDecision {
        dispute = Boolean.TRUE.equals(dispute);
        Preconditions.checkNotNull(decision, "decision");
        Preconditions.check((scheme == null) == (label == null), "scheme and label go together, got scheme %s label %s",
                scheme, label);
        Preconditions.check(!dispute || decision == Decision.FALSE_POSITIVE,
                "only a FALSE_POSITIVE decision can dispute entries, was %s", decision);
        if (scheme != null) {
            Crosswalk.standard().classify(Scheme.ofToken(scheme), label);
        }
    }

    Classification classification() {
        return scheme == null ? null : Crosswalk.standard().classify(Scheme.ofToken(scheme), label);
    }
}
