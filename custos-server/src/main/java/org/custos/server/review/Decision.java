package org.custos.server.review;

/** A reviewer's decision on a case. {@code NEEDS_ESCALATION} returns it to the queue for a senior reviewer. */
public enum Decision {
    CONFIRMED,
    FALSE_POSITIVE,
    NEEDS_ESCALATION;

    CaseStatus status() {
        return CaseStatus.valueOf(name());
    }
}
