package org.custos.server.report;

import java.time.Instant;
import java.util.List;
import org.custos.reports.model.Contact;
import org.custos.reports.model.EstimatedLocation;
import org.custos.reports.model.IncidentType;
import org.custos.reports.model.IpCapture;
import org.custos.reports.model.ReportedUser;

/**
 * The incident details a provider adds to a confirmed case over HTTP; the matches come from the case. Plain
 * values here, checked when {@link ReportBuilder} turns them into custos-reports' model, so a bad field answers
 * 400 naming it. {@code reportedUser} may be absent; its account defaults to the case's account.
 */
public record NewReport(IncidentType incidentType, Instant incidentTime, NewContact contact, NewUser reportedUser,
                        String hostingCountry, String additionalInfo, Boolean fileViewedByProvider,
                        Boolean publiclyAvailable) {

    /** The reporting organisation's contact person. */
    public record NewContact(String firstName, String lastName, String email) {
        Contact toContact() {
            return new Contact(firstName, lastName, email);
        }
    }

    /** The reported account with its IP captures (address and port) and estimated country. */
    public record NewUser(String accountId, String screenName, String email, List<NewIpCapture> ipCaptures,
                          String country) {
        ReportedUser toUser(String caseAccount) {
            List<IpCapture> captures = ipCaptures == null ? List.of()
                    : ipCaptures.stream().map(NewIpCapture::toCapture).toList();
            return new ReportedUser(accountId != null ? accountId : caseAccount, screenName, email, captures,
                    country == null ? null : EstimatedLocation.country(country));
        }
    }

    /** One IP capture: the literal address, source port (0 when unknown), time and event name. */
    public record NewIpCapture(String ip, Integer port, Instant time, String event) {
        IpCapture toCapture() {
            return new IpCapture(IpCapture.literal(ip), port == null ? 0 : port, time, event);
        }
    }
}
