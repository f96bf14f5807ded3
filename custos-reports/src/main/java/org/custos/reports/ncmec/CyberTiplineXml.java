package org.custos.reports.ncmec;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.custos.lists.terminology.Crosswalk;
import org.custos.lists.terminology.Expression;
import org.custos.lists.terminology.Scheme;
import org.custos.reports.model.ContentItem;
import org.custos.reports.model.EstimatedLocation;
import org.custos.reports.model.FileDigest;
import org.custos.reports.model.IncidentType;
import org.custos.reports.model.IpCapture;
import org.custos.reports.model.Report;
import org.custos.reports.model.ReportedUser;

/**
 * Renders a {@link Report} as the documents of NCMEC's CyberTipline Reporting API (ISPWS): the {@code <report>}
 * sent to {@code /submit} and one {@code <fileDetails>} per uploaded file sent to {@code /fileinfo}.
 *
 * <p>The schema has no target namespace (documents name it with {@code xsi:noNamespaceSchemaLocation}) and is a
 * sequence, so element order is fixed: incidentSummary, internetDetails, reporter, personOrUserReported,
 * additionalInfo; in fileDetails reportId, fileId, originalFileName, locationOfFile, fileViewedByEsp,
 * publiclyAvailable, industryClassification, originalFileHash (with its required {@code hashType}), at most one
 * ipCaptureEvent, details, additionalInfo. The industry classification (A1, A2, B1, B2) is the common label read
 * in the US industry scheme, and only when that reading is exact: a distinction the review did not make is
 * never invented. The PDQ hash travels as a {@code details type="HASH"} name-value pair.
 */
public final class CyberTiplineXml {
    static final String SCHEMA = "https://report.cybertip.org/ispws/xsd";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_INSTANT;

    private CyberTiplineXml() {
    }

    public static String report(Report report) {
        XmlOut x = root("report").open("incidentSummary")
                .leaf("incidentType", incidentType(report.incidentType()))
                .leaf("incidentDateTime", time(report.incidentTime())).close();
        report.items().stream().map(ContentItem::location).filter(Objects::nonNull).distinct()
                .forEach(url -> x.open("internetDetails").open("webPageIncident").leaf("url", url).close().close());
        var contact = report.reporter().contact();
        x.open("reporter").open("reportingPerson").leaf("firstName", contact.firstName())
                .leaf("lastName", contact.lastName()).leaf("email", contact.email()).close().close();
        report.user().ifPresent(u -> reported(x, u));
        return x.leaf("additionalInfo", report.additionalInfo()).close().finish();
    }

    public static String fileDetails(ContentItem item, long ncmecReportId, String fileId) {
        XmlOut x = root("fileDetails").leaf("reportId", ncmecReportId).leaf("fileId", fileId)
                .leaf("originalFileName", item.originalFileName()).leaf("locationOfFile", item.location())
                .leaf("fileViewedByEsp", item.fileViewedByProvider())
                .leaf("publiclyAvailable", item.publiclyAvailable())
                .leaf("industryClassification", industryClassification(item));
        for (FileDigest d : item.digests()) {
            x.open("originalFileHash").attribute("hashType", d.algorithm().wireName())
                    .run(d.hex()).close();
        }
        if (item.upload() != null) ipCapture(x, item.upload());
        if (item.pdq() != null) {
            x.open("details").attribute("type", "HASH").open("nameValuePair").leaf("name", "PDQ")
                    .leaf("value", item.pdq().toHex()).close().close();
        }
        return x.close().finish();
    }

    /** The schema's spelling of each incident type; these strings are the receiver's enumeration, verbatim. */
    public static String incidentType(IncidentType type) {
        return switch (type) {
            case CSAM -> "Child Pornography (possession, manufacture, and distribution)";
            case CHILD_SEX_TRAFFICKING -> "Child Sex Trafficking";
            case CHILD_SEX_TOURISM -> "Child Sex Tourism";
            case CHILD_SEXUAL_MOLESTATION -> "Child Sexual Molestation";
            case MISLEADING_DOMAIN_NAME -> "Misleading Domain Name";
            case MISLEADING_WORDS_OR_DIGITAL_IMAGES -> "Misleading Words or Digital Images on the Internet";
            case ONLINE_ENTICEMENT -> "Online Enticement of Children for Sexual Acts";
            case UNSOLICITED_OBSCENE_MATERIAL_TO_CHILD -> "Unsolicited Obscene Material Sent to a Child";
        };
    }

    static String industryClassification(ContentItem item) {
        if (item.classification() == null) return null;
        Expression e = Crosswalk.standard().express(item.classification().common(), Scheme.US_INDUSTRY);
        return e.exact() ? e.candidates().getFirst() : null;
    }

    private static void reported(XmlOut x, ReportedUser u) {
        x.open("personOrUserReported");
        if (u.email() != null) x.open("personOrUserReportedPerson").leaf("email", u.email()).close();
        x.leaf("espIdentifier", u.accountId()).leaf("screenName", u.screenName());
        u.ipCaptures().forEach(c -> ipCapture(x, c));
        EstimatedLocation l = u.estimatedLocation();
        if (l != null) {
            x.open("estimatedLocation").leaf("city", l.city()).leaf("region", l.region())
                    .leaf("countryCode", l.countryCode()).close();
        }
        x.close();
    }

    private static void ipCapture(XmlOut x, IpCapture c) {
        x.open("ipCaptureEvent").leaf("ipAddress", c.addressText()).leaf("eventName", c.eventName())
                .leaf("dateTime", time(c.time())).leaf("port", c.port() == 0 ? null : c.port()).close();
    }

    private static XmlOut root(String name) {
        return new XmlOut().open(name).attribute("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance")
                .attribute("xsi:noNamespaceSchemaLocation", SCHEMA);
    }

    private static String time(Instant t) {
        return TIME.format(t.truncatedTo(ChronoUnit.MILLIS));
    }
}
