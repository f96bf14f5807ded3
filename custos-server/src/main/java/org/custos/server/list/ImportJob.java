package org.custos.server.list;

import java.time.Instant;
import java.util.UUID;

/**
 * An import as a job: queued, validating (the whole file is read and checked), applying (entries counted as
 * they are written, in one transaction that commits at the end), then done or failed. A failed import changed
 * nothing; its error names the problem (file, record, field) as the import's exception did.
 */
public record ImportJob(UUID id, UUID listId, String format, String idempotencyKey, Status status,
                        long entriesApplied, Long entriesTotal, Long added, String sha256, String error,
                        Instant createdAt, Instant finishedAt) {
    public enum Status { QUEUED, VALIDATING, APPLYING, DONE, FAILED }
}
