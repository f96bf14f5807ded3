package org.custos.reports.model;

import java.util.List;
import org.custos.Preconditions;

/**
 * The account the content came from: the provider's account id, screen name, e-mail when known, the IP captures
 * of its events (each with port) and its estimated location. Personal data: it lives in reports only, never in
 * aggregates.
 */
public record ReportedUser(String accountId, String screenName, String email, List<IpCapture> ipCaptures,
                           EstimatedLocation estimatedLocation) {
    public ReportedUser {
        accountId = Fields.required(accountId, Fields.SHORT, "reported account id");
        screenName = Fields.optional(screenName, Fields.SHORT, "reported screen name");
        email = Fields.optional(email, Fields.SHORT, "reported email");
        ipCaptures = List.copyOf(Preconditions.checkNotNull(ipCaptures, "IP captures"));
    }
}
