package org.custos.server.review;

import java.util.List;

/**
 * Where a case stands. {@code BLOCKED}: only BLOCK matches, no review asked (a reviewer may still take it);
 * {@code OPEN} and {@code NEEDS_ESCALATION}: in the review queue; {@code CONFIRMED} and
 * {@code FALSE_POSITIVE}: decided, closed. New matches of the same account or batch join the undecided case,
 * or open a new one once it is decided.
 */
public enum CaseStatus {
    BLOCKED,
    OPEN,
    NEEDS_ESCALATION,
    CONFIRMED,
    FALSE_POSITIVE;

    static final List<CaseStatus> UNDECIDED = List.of(BLOCKED, OPEN, NEEDS_ESCALATION);
    static final List<CaseStatus> QUEUE = List.of(OPEN, NEEDS_ESCALATION);

    boolean undecided() {
        return UNDECIDED.contains(this);
    }
}
