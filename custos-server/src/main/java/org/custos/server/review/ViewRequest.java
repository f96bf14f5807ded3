package org.custos.server.review;

import org.custos.Preconditions;

/** A reviewer's request to view a case's content, with the reason that goes into the audit chain. */
public record ViewRequest(String reason) {
    public static final int MAX_REASON = 500;

    public ViewRequest {
        Preconditions.check(reason != null && !reason.isBlank(), "a content view needs a reason");
        reason = reason.strip();
        Preconditions.check(reason.length() <= MAX_REASON, "reason must be at most %s characters, was %s",
                MAX_REASON, reason.length());
    }
}
