package org.custos.reports;

import org.custos.CustosException;

/** A report, its rendering, delivery or an answer to it failed; the message names what and where. */
public class ReportException extends CustosException {
    public ReportException(String message) {
        super(message);
    }

    public ReportException(String message, Throwable cause) {
        super(message, cause);
    }
}
