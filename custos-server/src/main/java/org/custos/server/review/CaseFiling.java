package org.custos.server.review;

import java.util.UUID;
import org.custos.server.audit.AuditEvent;
import org.custos.server.audit.AuditLog;
import org.custos.server.db.SqlBatch;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts the matches of one request into a case, inside the transaction that records them: the undecided case
 * of the same account (else batch) if there is one, raised to the stronger action, or a new case. The audit
 * chain's lock is taken first, so two requests of one account never open two cases.
 */
@Component
public class CaseFiling {
    private final Cases cases;
    private final AuditLog audit;

    CaseFiling(Cases cases, AuditLog audit) {
        this.cases = cases;
        this.audit = audit;
    }

    /** Adds the case's writes to {@code writes}, which the caller runs in this transaction; returns the case. */
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID file(SqlBatch writes, UUID organisationId, String keyId, Grouping grouping, Action action) {
        audit.lock();
        var existing = grouping.account() == null && grouping.batch() == null ? java.util.Optional.<UUID>empty()
                : cases.undecided(organisationId, grouping);
        if (existing.isPresent()) {
            raise(writes, organisationId, keyId, cases.find(organisationId, existing.get()).orElseThrow(), action);
            return existing.get();
        }
        UUID id = cases.open(writes, organisationId, grouping, action);
        cases.event(writes, id, keyId, "opened", "action " + action);
        audit.append(writes, new AuditEvent(organisationId, keyId, "case.open", id.toString(), "action " + action));
        return id;
    }

    private void raise(SqlBatch writes, UUID organisationId, String keyId, ReviewCase current, Action action) {
        Action raised = current.action().max(action);
        CaseStatus status = current.status() == CaseStatus.BLOCKED ? Cases.statusFor(raised) : current.status();
        if (raised != current.action() || status != current.status()) {
            cases.raise(writes, current.id(), raised, status);
            cases.event(writes, current.id(), keyId, "raised", current.action() + " to " + raised + ", " + status);
            audit.append(writes, new AuditEvent(organisationId, keyId, "case.raise", current.id().toString(),
                    current.action() + " to " + raised + ", " + status));
        }
    }
}
