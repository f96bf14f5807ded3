package org.custos.server.review;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.custos.Preconditions;
import org.custos.lists.Classification;
import org.custos.server.audit.AuditEvent;
import org.custos.server.audit.AuditLog;
import org.custos.server.list.ListService;
import org.custos.server.security.Caller;
import org.custos.server.web.ConflictException;
import org.custos.server.web.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review queue. A reviewer claims a case (one reviewer at a time; the claim lapses after
 * {@code custos.review.claim-minutes}, so an abandoned case returns to the queue), then decides it, with a
 * classification in a known scheme. Each change takes the audit chain's lock first, so two reviewers racing
 * for one case are ordered and the second sees the first's claim. Another organisation's case is 404.
 */
@Service
public class ReviewService {
    private final Cases cases;
    private final ListService lists;
    private final AuditLog audit;
    private final Duration claimFor;

    ReviewService(Cases cases, ListService lists, AuditLog audit,
                  @Value("${custos.review.claim-minutes:30}") long claimMinutes) {
        this.cases = cases;
        this.lists = lists;
        this.audit = audit;
        this.claimFor = Duration.ofMinutes(claimMinutes);
    }

    public List<ReviewCase> queue(Caller caller, CaseStatus status, int limit) {
        Preconditions.checkRange(limit, 1, 1000, "limit");
        return cases.withStatus(caller.organisationId(), status == null ? CaseStatus.QUEUE : List.of(status), limit);
    }

    public CaseDetail detail(Caller caller, UUID caseId) {
        ReviewCase c = visible(caller, caseId);
        return new CaseDetail(c, cases.matches(caller.organisationId(), caseId), cases.history(caseId));
    }

    @Transactional
    public ReviewCase claim(Caller caller, UUID caseId) {
        ReviewCase c = locked(caller, caseId);
        Instant now = Instant.now();
        if (!c.status().undecided()) {
            throw new ConflictException("case " + caseId + " is decided (" + c.status() + ")");
        }
        if (c.claimedByOtherThan(caller.keyId(), now)) {
            throw new ConflictException("case " + caseId + " is claimed by key " + c.claimedBy() + " until "
                    + c.claimExpiresAt());
        }
        Instant until = now.plus(claimFor);
        cases.claim(caseId, caller.keyId(), until);
        change(caller, caseId, "claim", "until " + until);
        return visible(caller, caseId);
    }

    @Transactional
    public ReviewCase release(Caller caller, UUID caseId) {
        ownClaim(caller, locked(caller, caseId));
        cases.release(caseId);
        change(caller, caseId, "release", "");
        return visible(caller, caseId);
    }

    @Transactional
    public ReviewCase decide(Caller caller, UUID caseId, NewDecision decision) {
        ownClaim(caller, locked(caller, caseId));
        Classification classification = decision.classification();
        cases.decide(caseId, decision.decision().status(), caller.keyId(), classification);
        change(caller, caseId, "decide", decision.decision() + (classification == null ? "" : ", "
                + classification.scheme().token() + " " + classification.label() + " ("
                + classification.common().category() + ")"));
        if (decision.dispute()) {
            dispute(caller, caseId);
        }
        return visible(caller, caseId);
    }

    private void dispute(Caller caller, UUID caseId) {
        cases.matches(caller.organisationId(), caseId).stream().map(CaseMatch::entryKey).distinct()
                .filter(key -> lists.disputeAfterReview(caller, key, "false positive in review"))
                .forEach(key -> change(caller, caseId, "dispute", "entry key " + key));
    }

    private void ownClaim(Caller caller, ReviewCase c) {
        if (!c.status().undecided() || !c.claimedBy(caller.keyId(), Instant.now())) {
            throw new ConflictException("case " + c.id() + " is not claimed by this key; claim it first");
        }
    }

    private ReviewCase locked(Caller caller, UUID caseId) {
        audit.lock();
        return visible(caller, caseId);
    }

    public ReviewCase visible(Caller caller, UUID caseId) {
        return cases.find(caller.organisationId(), caseId).orElseThrow(() -> new NotFoundException("case", caseId));
    }

    private void change(Caller caller, UUID caseId, String kind, String detail) {
        cases.event(caseId, caller.keyId(), kind, detail);
        audit.append(new AuditEvent(caller.organisationId(), caller.keyId(), "case." + kind, caseId.toString(),
                detail));
    }
}
