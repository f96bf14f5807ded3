package org.custos.server.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import javax.sql.DataSource;
import org.custos.Preconditions;
import org.custos.server.security.Caller;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@PreAuthorize("hasRole('AUDITOR')")
@Tag(name = "Audit", description = "The hash-chained record of every state change")
public class AuditController {
    private final AuditLog log;
    private final DataSource dataSource;

    public AuditController(AuditLog log, DataSource dataSource) {
        this.log = log;
        this.dataSource = dataSource;
    }

    @GetMapping("/v1/audit")
    @Operation(summary = "The caller's organisation's audit records, newest first")
    public List<AuditEntry> records(@AuthenticationPrincipal Caller caller,
                                    @RequestParam(defaultValue = "9223372036854775807") long before,
                                    @RequestParam(defaultValue = "100") int limit) {
        Preconditions.checkRange(limit, 1, 1000, "limit");
        return log.of(caller.organisationId(), before, limit).stream().map(AuditEntry::of).toList();
    }

    @GetMapping("/v1/audit/verification")
    @PreAuthorize("hasAuthority('OPERATOR') and hasRole('AUDITOR')")
    @Operation(summary = "Check the whole chain and name the first broken record (operator auditors only)")
    public AuditVerification verify() {
        return new AuditVerifier(dataSource).verify();
    }
}
