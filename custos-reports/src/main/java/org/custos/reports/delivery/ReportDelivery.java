package org.custos.reports.delivery;

import org.custos.reports.model.ContentItem;
import org.custos.reports.model.Report;

/**
 * Delivers a report to one receiving body in the CyberTipline's four steps: submit the report, upload each file
 * with its details, finish, and (later, if needed) retract. Each call takes the idempotency key of its step; the
 * caller (the server's outbox) stores every receipt before the next step, so a crash repeats at most one step,
 * and that with the same key. Failures are {@link org.custos.reports.ReportException}s: {@link DeliveryException}
 * for transport and authentication (retry later), a rejection with the receiver's words for a refused document.
 */
public interface ReportDelivery {
    /** Files the report; returns the receiver's report id. */
    String submit(Report report, IdempotencyKey key);

    /** Uploads one file's bytes and then its details; returns the receiver's file id. */
    FileReceipt upload(String receiverReportId, ContentItem item, ContentSource content, IdempotencyKey key);

    /** Closes the report for processing; returns the file ids the receiver holds. */
    FinishReceipt finish(String receiverReportId, IdempotencyKey key);

    /** Withdraws a report not yet finished. */
    void retract(String receiverReportId, IdempotencyKey key);

    record FileReceipt(String fileId, String md5) {
    }

    record FinishReceipt(String receiverReportId, java.util.List<String> fileIds) {
    }
}
