package org.custos.server.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.custos.Preconditions;
import org.custos.lists.Classification;
import org.custos.lists.terminology.Crosswalk;
import org.custos.lists.terminology.Scheme;
import org.custos.reports.model.ContentItem;
import org.custos.reports.model.DigestAlgorithm;
import org.custos.reports.model.FileDigest;
import org.custos.reports.model.IncidentType;
import org.custos.reports.model.Report;
import org.custos.reports.model.ReportedUser;
import org.custos.reports.model.ReportingOrganisation;
import org.custos.server.organisation.Organisation;
import org.custos.server.review.CaseDetail;
import org.custos.server.review.CaseMatch;
import org.custos.server.review.ReviewCase;

/**
 * Turns a decided case and the provider's incident details into custos-reports' {@link Report}. Each distinct
 * content of the case's matches (by SHA-256, else MD5) becomes one item named by its digests, with the case's
 * classification; a match that carried no digest of its content adds nothing. The model validates the rest.
 */
final class ReportBuilder {
    private ReportBuilder() {
    }

    /** The value of an entry's signal of a type (an exact digest match names the content by it). */
    interface EntrySignals {
        java.util.Optional<String> value(long entryKey, String signalType);
    }

    static Report build(UUID reportId, Organisation organisation, CaseDetail detail, NewReport details,
                        EntrySignals signals) {
        Preconditions.checkNotNull(details, "report details");
        Preconditions.checkNotNull(details.contact(), "contact");
        ReviewCase c = detail.reviewCase();
        ReportingOrganisation reporter = new ReportingOrganisation(organisation.id().toString(), organisation.name(),
                organisation.jurisdiction(), details.contact().toContact());
        List<ContentItem> items = items(detail.matches(), classification(c), details, signals);
        Preconditions.check(!items.isEmpty(), "case %s has no match with a content digest to report", c.id());
        return new Report(reportId.toString(), details.incidentType() == null ? IncidentType.CSAM : details.incidentType(),
                details.incidentTime() == null ? c.openedAt() : details.incidentTime(), reporter, items,
                user(c, details), details.hostingCountry(), details.additionalInfo());
    }

    private static ReportedUser user(ReviewCase c, NewReport details) {
        if (details.reportedUser() != null) return details.reportedUser().toUser(c.account());
        return c.account() == null ? null : new NewReport.NewUser(null, null, null, null, null).toUser(c.account());
    }

    private static List<ContentItem> items(List<CaseMatch> matches, Classification classification, NewReport d,
                                           EntrySignals signals) {
        Map<String, List<FileDigest>> contents = new LinkedHashMap<>();
        for (CaseMatch m : matches) {
            List<FileDigest> digests = digests(m, signals);
            if (!digests.isEmpty()) contents.putIfAbsent(digests.getFirst().hex(), digests);
        }
        List<ContentItem> items = new ArrayList<>();
        contents.values().forEach(digests -> items.add(new ContentItem("item-" + (items.size() + 1), digests, null,
                classification, Boolean.TRUE.equals(d.fileViewedByProvider()), d.publiclyAvailable(), null, null,
                null, null, null)));
        return items;
    }

    /** The content's digests: as hashed by the server (uploads), else the entry digest it matched exactly. */
    private static List<FileDigest> digests(CaseMatch m, EntrySignals signals) {
        List<FileDigest> digests = new ArrayList<>();
        if (m.contentSha256() != null) digests.add(new FileDigest(DigestAlgorithm.SHA256, m.contentSha256()));
        if (m.contentMd5() != null) digests.add(new FileDigest(DigestAlgorithm.MD5, m.contentMd5()));
        DigestAlgorithm matched = switch (m.signalType()) {
            case "md5" -> DigestAlgorithm.MD5;
            case "sha1" -> DigestAlgorithm.SHA1;
            case "sha256" -> DigestAlgorithm.SHA256;
            default -> null;
        };
        if (digests.isEmpty() && matched != null && m.distance() == 0) {
            signals.value(m.entryKey(), m.signalType()).ifPresent(v -> digests.add(new FileDigest(matched, v)));
        }
        return digests;
    }

    private static Classification classification(ReviewCase c) {
        return c.scheme() == null ? null : Crosswalk.standard().classify(Scheme.ofToken(c.scheme()), c.label());
    }
}
