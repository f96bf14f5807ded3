package org.custos.server.report;

import java.util.Optional;
import org.custos.reports.routing.RoutingRules;
import org.custos.reports.routing.RoutingRulesParser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The routing_rules table: every uploaded rule document, the highest version in force. */
@Repository
class RoutingDocuments {
    private final JdbcClient jdbc;

    RoutingDocuments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<RoutingDocument> current() {
        return jdbc.sql("select version, document from routing_rules order by version desc limit 1")
                .query((rs, n) -> new RoutingDocument(rs.getInt(1), rs.getString(2))).optional();
    }

    void store(RoutingRules rules, String document, String keyId) {
        jdbc.sql("insert into routing_rules (version, document, uploaded_by, uploaded_at) values (?, ?, ?, now())")
                .params(rules.version(), document, keyId).update();
    }

    /** A stored rule document and its version. */
    record RoutingDocument(int version, String document) {
        RoutingRules rules() {
            return RoutingRulesParser.parse(document, "routing rules version " + version);
        }
    }
}
