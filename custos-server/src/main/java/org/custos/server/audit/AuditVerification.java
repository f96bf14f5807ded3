package org.custos.server.audit;

import java.util.Optional;

/**
 * The outcome of checking the chain: how many records were checked, and the first broken one if any
 * ({@code brokenSeq} is the sequence number where the chain stops holding, {@code problem} says why).
 */
public record AuditVerification(long recordsChecked, Optional<Long> brokenSeq, Optional<String> problem) {
    public static AuditVerification intact(long records) {
        return new AuditVerification(records, Optional.empty(), Optional.empty());
    }

    public static AuditVerification broken(long checked, long seq, String problem) {
        return new AuditVerification(checked, Optional.of(seq), Optional.of(problem));
    }

    public boolean intact() {
        return brokenSeq.isEmpty();
    }
}
