package org.custos.reports.ncmec;

import org.custos.reports.ReportException;

/** The receiver answered a call with a non-zero response code (a schema failure, a closed report...). */
public class RejectedReportException extends ReportException {
    private final String call;
    private final long responseCode;

    public RejectedReportException(String call, long responseCode, String description) {
        super(call + " was refused with response code " + responseCode + ": " + description);
        this.call = call;
        this.responseCode = responseCode;
    }

    public String call() {
        return call;
    }

    public long responseCode() {
        return responseCode;
    }
}
