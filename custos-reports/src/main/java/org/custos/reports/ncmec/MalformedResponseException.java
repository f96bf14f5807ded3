package org.custos.reports.ncmec;

import org.custos.reports.ReportException;

/** A receiver's answer is not the document the protocol promises; the message names the element at fault. */
public class MalformedResponseException extends ReportException {
    public MalformedResponseException(String message) {
        super(message);
    }

    public MalformedResponseException(String message, Throwable cause) {
        super(message, cause);
    }
}
