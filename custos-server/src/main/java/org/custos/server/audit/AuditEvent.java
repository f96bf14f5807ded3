package org.custos.server.audit;

import java.util.UUID;
import org.custos.Preconditions;

/**
 * What happened, before it becomes a link of the chain: whose data (the organisation, null for the system),
 * which key acted (null for the system), the action ({@code organisation.create}, {@code key.revoke}...),
 * its subject's id and a short detail. Never a queried hash that matched nothing, never content.
 */
public record AuditEvent(UUID organisationId, String actorKeyId, String action, String subject, String detail) {
    public AuditEvent {
        Preconditions.check(action != null && action.matches("[a-z]+(\\.[a-z_]+)+"),
                "an audit action looks like 'key.revoke', was '%s'", action);
        subject = subject == null ? "" : subject;
        detail = detail == null ? "" : detail;
    }
}
