package org.custos.reports.delivery;

import org.custos.reports.ReportException;
import org.custos.reports.json.JsonObject;
import org.custos.reports.json.JsonTree;

/** The JSON answer of a webhook or Custos inbox to a submit: {@code {"receiverReportId": "..."}}. */
public final class SubmitAnswer {
    private SubmitAnswer() {
    }

    public static String receiverReportId(String answer, String receiver) {
        try {
            return JsonObject.of(JsonTree.read(answer), "answer").requiredString("receiverReportId");
        } catch (ReportException e) {
            throw new ReportException(receiver + " answered submit without a receiverReportId: " + e.getMessage(), e);
        }
    }
}
