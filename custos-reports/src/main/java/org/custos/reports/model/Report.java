package org.custos.reports.model;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.custos.Preconditions;
import org.custos.lists.Jurisdictions;

/**
 * The one internal report every adapter renders: what happened and when, who reports, the content items, the
 * reported account and where the content is hosted. Immutable and validated here, so an adapter never meets an
 * incomplete report. It names content by digests and vault ids only.
 *
 * @param reportId       Custos's id of the report; adapters derive idempotency keys from it
 * @param reportedUser   {@code null} when no account is known (content found at a URL)
 * @param hostingCountry where the content is hosted (ISO 3166-1 alpha-2); {@code null} when unknown
 */
public record Report(String reportId, IncidentType incidentType, Instant incidentTime, ReportingOrganisation reporter,
                     List<ContentItem> items, ReportedUser reportedUser, String hostingCountry, String additionalInfo) {
    public Report {
        reportId = Fields.required(reportId, Fields.SHORT, "report id");
        Preconditions.checkNotNull(incidentType, "incident type");
        Preconditions.checkNotNull(incidentTime, "incident time");
        Preconditions.checkNotNull(reporter, "reporting organisation");
        items = List.copyOf(Preconditions.checkNotNull(items, "content items"));
        Preconditions.check(items.size() <= 1000, "a report holds at most 1000 items, got %d", items.size());
        Set<String> ids = new HashSet<>();
        for (ContentItem i : items) {
            Preconditions.check(ids.add(i.itemId()), "report %s has two items with id %s", reportId, i.itemId());
        }
        hostingCountry = hostingCountry == null ? null : Jurisdictions.check(hostingCountry, "hosting country");
        additionalInfo = Fields.optional(additionalInfo, Fields.LONG, "additional info");
    }

    public Optional<ReportedUser> user() {
        return Optional.ofNullable(reportedUser);
    }

    /** The user's estimated country, if known. */
    public Optional<String> userCountry() {
        return user().map(ReportedUser::estimatedLocation).map(EstimatedLocation::countryCode);
    }
}
