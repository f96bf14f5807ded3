package org.custos.server.report;

import org.custos.InvalidValueException;
import org.custos.reports.ReportException;
import org.custos.reports.routing.RoutingRules;
import org.custos.reports.routing.RoutingRulesParser;
import org.custos.server.audit.AuditEvent;
import org.custos.server.audit.AuditLog;
import org.custos.server.security.Caller;
import org.custos.server.web.ConflictException;
import org.custos.server.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The operator's routing data: rule documents, each a new version above the one in force (an older or equal
 * version is refused, so a report's recorded version always names one document), and the endpoint of each
 * receiving body. A document that does not parse is refused whole, with the parser's line.
 */
@Service
public class RoutingService {
    private final RoutingDocuments documents;
    private final BodyEndpoints endpoints;
    private final AuditLog audit;

    RoutingService(RoutingDocuments documents, BodyEndpoints endpoints, AuditLog audit) {
        this.documents = documents;
        this.endpoints = endpoints;
        this.audit = audit;
    }

    @Transactional
    public int upload(Caller caller, String document) {
        RoutingRules rules = parse(document);
        audit.lock();
        documents.current().filter(c -> c.version() >= rules.version()).ifPresent(c -> {
            throw new ConflictException("routing rules version " + rules.version() + " is not above version "
                    + c.version() + " in force");
        });
        documents.store(rules, document, caller.keyId());
        audit.append(new AuditEvent(caller.organisationId(), caller.keyId(), "report.routing.upload",
                Integer.toString(rules.version()), rules.bodies().size() + " bodies, " + rules.rules().size() + " rules"));
        return rules.version();
    }

    public RoutingDocuments.RoutingDocument current() {
        return documents.current().orElseThrow(() -> new NotFoundException("routing rules", "current"));
    }

    @Transactional
    public void putEndpoint(Caller caller, String bodyId, BodyEndpoint endpoint) {
        org.custos.Preconditions.check(bodyId.matches("[a-z0-9][a-z0-9-]{0,63}"), "body id is malformed: '%s'", bodyId);
        endpoints.put(bodyId, endpoint);
        audit.append(new AuditEvent(caller.organisationId(), caller.keyId(), "report.body.set", bodyId,
                endpoint.adapter() + " " + endpoint.endpoint()));
    }

    private static RoutingRules parse(String document) {
        try {
            return RoutingRulesParser.parse(document == null ? "" : document, "uploaded routing rules");
        } catch (ReportException e) {
            throw new InvalidValueException(e.getMessage());
        }
    }
}
