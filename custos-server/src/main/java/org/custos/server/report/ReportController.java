package org.custos.server.report;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.custos.server.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Filing a report from a case and following its delivery. */
@RestController
@PreAuthorize("hasRole('REVIEWER')")
@Tag(name = "Reports")
public class ReportController {
    private final ReportService reports;

    public ReportController(ReportService reports) {
        this.reports = reports;
    }

    @PostMapping("/v1/cases/{caseId}/report")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "File a report from a CONFIRMED (or REPORT-marked) case with the incident details; routed "
            + "by the rules in force, one delivery per receiving body; 409 if the case is reported already")
    public ReportStatus file(@AuthenticationPrincipal Caller caller, @PathVariable UUID caseId,
                             @RequestBody NewReport details) {
        return reports.file(caller, caseId, details);
    }

    @GetMapping("/v1/reports/{id}")
    @Operation(summary = "A report's delivery per body: status, attempts, the receiver's report id, the last error")
    public ReportStatus status(@AuthenticationPrincipal Caller caller, @PathVariable("id") UUID reportId) {
        return reports.status(caller, reportId);
    }
}
