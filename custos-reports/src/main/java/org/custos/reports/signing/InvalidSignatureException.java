package org.custos.reports.signing;

import org.custos.reports.ReportException;

/** A signed webhook call or report envelope failed verification; the message says which check failed. */
public class InvalidSignatureException extends ReportException {
    public InvalidSignatureException(String message) {
        super(message);
    }
}
