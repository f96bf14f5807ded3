package org.custos.server.web;

import org.custos.CustosException;

/** A daily allowance is used up (such as a reviewer's content views); it renews at the next UTC midnight. */
public final class QuotaExceededException extends CustosException {
    public QuotaExceededException(String what, int perDay) {
        super(what + " is limited to " + perDay + " a day; the allowance renews at 00:00 UTC");
    }

    /** Seconds until the next UTC midnight, for {@code Retry-After}. */
    public long retryAfterSeconds() {
        java.time.Instant now = java.time.Instant.now();
        java.time.Instant midnight = now.atZone(java.time.ZoneOffset.UTC).toLocalDate().plusDays(1)
                .atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        return Math.max(1, java.time.Duration.between(now, midnight).toSeconds());
    }
}
