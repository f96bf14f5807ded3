package org.custos.reports.routing;

import org.custos.reports.ReportException;

/** A routing rule file is malformed, or a report or referral cannot be routed; names file and line. */
public class RoutingRulesException extends ReportException {
    public RoutingRulesException(String message) {
        super(message);
    }
}
