package org.custos.server.report;

import java.util.UUID;
import org.custos.reports.ReportException;
import org.custos.reports.json.ReportJson;
import org.custos.reports.model.Report;
import org.custos.reports.routing.Route;
import org.custos.reports.routing.RoutingRules;
import org.custos.server.audit.AuditEvent;
import org.custos.server.audit.AuditLog;
import org.custos.server.organisation.Organisations;
import org.custos.server.review.CaseDetail;
import org.custos.server.review.CaseStatus;
import org.custos.server.review.ReviewService;
import org.custos.server.security.Caller;
import org.custos.server.web.ConflictException;
import org.custos.server.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files a report from a case: a CONFIRMED case, or one its action policy marked for reporting. The report, one
 * outbox row per body the rules in force route it to, and the audit record commit in one transaction (under the
 * audit chain's lock, so one case never gets two reports); the delivery worker takes the rows from there.
 */
@Service
public class ReportService {
    private final ReviewService review;
    private final Organisations organisations;
    private final RoutingDocuments routing;
    private final Reports reports;
    private final AuditLog audit;

    ReportService(ReviewService review, Organisations organisations, RoutingDocuments routing, Reports reports,
                  AuditLog audit) {
        this.review = review;
        this.organisations = organisations;
        this.routing = routing;
        this.reports = reports;
        this.audit = audit;
    }

    @Transactional
    public ReportStatus file(Caller caller, UUID caseId, NewReport details) {
        audit.lock();
        CaseDetail detail = review.detail(caller, caseId);
        if (detail.reviewCase().status() != CaseStatus.CONFIRMED && !detail.reviewCase().reportMarked()) {
            throw new ConflictException("case " + caseId + " is " + detail.reviewCase().status()
                    + " and not marked for reporting; only a CONFIRMED or REPORT case is reported");
        }
        reports.ofCase(caseId).ifPresent(id -> {
            throw new ConflictException("case " + caseId + " is already reported as " + id);
        });
        var document = routing.current().orElseThrow(() -> new ConflictException("no routing rules uploaded"));
        UUID id = UUID.randomUUID();
        Report report = ReportBuilder.build(id, organisations.find(caller.organisationId()).orElseThrow(), detail,
                details, reports::signalValue);
        var routes = route(document.rules(), report);
        reports.insert(id, caller.organisationId(), caseId, document.version(), ReportJson.write(report));
        routes.forEach(r -> reports.enqueue(id, r));
        audit.append(new AuditEvent(caller.organisationId(), caller.keyId(), "report.file", id.toString(),
                "case " + caseId + ", rules version " + document.version() + ", bodies "
                        + routes.stream().map(r -> r.body().id()).toList()));
        return status(caller, id);
    }

    public ReportStatus status(Caller caller, UUID reportId) {
        return reports.status(caller.organisationId(), reportId)
                .orElseThrow(() -> new NotFoundException("report", reportId));
    }

    private static java.util.List<Route> route(RoutingRules rules, Report report) {
        try {
            return rules.route(report);
        } catch (ReportException e) {
            throw new ConflictException(e.getMessage());
        }
    }
}
