package org.custos.reports.delivery;

import org.custos.reports.ReportException;

/**
 * A delivery call did not reach an answer: connection failure, timeout, an HTTP status other than success
 * (401 for bad credentials), or content that changed on the way. {@link #retryable()} tells the outbox whether
 * trying again later can help.
 */
public class DeliveryException extends ReportException {
    private final int httpStatus;
    private final boolean retryable;

    public DeliveryException(String message, int httpStatus, boolean retryable, Throwable cause) {
        super(message, cause);
        this.httpStatus = httpStatus;
        this.retryable = retryable;
    }

    /** The HTTP status, or 0 when none came back. */
    public int httpStatus() {
        return httpStatus;
    }

    public boolean retryable() {
        return retryable;
    }
}
