package org.custos.server.report;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A report as its organisation sees it: the case it came from, the routing rules' version that chose its
 * bodies, and per body the delivery's status, attempts, the receiver's report id and the last error.
 */
public record ReportStatus(UUID id, UUID caseId, int rulesVersion, Instant createdAt, List<Delivery> deliveries) {
    public ReportStatus {
        deliveries = List.copyOf(deliveries);
    }

    /** One receiving body's delivery: PENDING, SUBMITTED (filed, not yet finished), DELIVERED or FAILED. */
    public record Delivery(String bodyId, String bases, String status, int attempts, String receiverReportId,
                           String lastError, Instant nextAttemptAt, Instant updatedAt) {
    }
}
