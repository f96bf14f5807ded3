package org.custos.reports.json;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.custos.CustosException;
import org.custos.hash.PdqHash;
import org.custos.lists.Classification;
import org.custos.lists.format.Json;
import org.custos.lists.terminology.Crosswalk;
import org.custos.lists.terminology.Scheme;
import org.custos.reports.ReportException;
import org.custos.reports.model.*;
import tools.jackson.core.JsonGenerator;

/**
 * The JSON form of a {@link Report} ({@code "format": "custos-report/1"}) that the webhook and Custos-to-Custos
 * adapters carry. Members are written in a fixed order, absent values omitted; the reader refuses unknown members
 * and rebuilds the report through its validating constructors, so a received report is as checked as a local one.
 * A classification travels as scheme and label and is re-derived with the receiver's crosswalk.
 */
public final class ReportJson {
    public static final String FORMAT = "custos-report/1";

    private ReportJson() {
    }

    public static byte[] write(Report r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = Json.generator(out)) {
            g.writeStartObject().writeStringProperty("format", FORMAT).writeStringProperty("reportId", r.reportId())
                    .writeStringProperty("incidentType", r.incidentType().name())
                    .writeStringProperty("incidentTime", r.incidentTime().toString());
            reporter(g.writeName("reporter"), r.reporter());
            g.writeName("items").writeStartArray();
            r.items().forEach(i -> item(g, i));
            g.writeEndArray();
            if (r.reportedUser() != null) user(g.writeName("reportedUser"), r.reportedUser());
            optional(g, "hostingCountry", r.hostingCountry());
            optional(g, "additionalInfo", r.additionalInfo());
            g.writeEndObject();
        }
        return out.toByteArray();
    }

    public static Report read(byte[] json) {
        JsonObject o = JsonObject.of(JsonTree.read(new String(json, StandardCharsets.UTF_8)), "report")
                .only(Set.of("format", "reportId", "incidentType", "incidentTime", "reporter", "items",
                        "reportedUser", "hostingCountry", "additionalInfo"));
        if (!FORMAT.equals(o.string("format"))) throw new ReportException("report.format is not " + FORMAT);
        try {
            List<ContentItem> items = new ArrayList<>();
            for (Object i : o.array("items")) items.add(item(JsonObject.of(i, "report.items[" + items.size() + "]")));
            JsonObject user = o.object("reportedUser");
            return new Report(o.requiredString("reportId"), IncidentType.valueOf(o.requiredString("incidentType")),
                    Instant.parse(o.requiredString("incidentTime")), reporter(o.object("reporter")), items,
                    user == null ? null : user(user), o.string("hostingCountry"), o.string("additionalInfo"));
        } catch (CustosException e) {
            throw new ReportException("received report is invalid: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new ReportException("received report is invalid: " + e, e);
        }
    }

    private static void reporter(JsonGenerator g, ReportingOrganisation o) {
        g.writeStartObject().writeStringProperty("organisationId", o.organisationId())
                .writeStringProperty("name", o.name()).writeStringProperty("jurisdiction", o.jurisdiction());
        g.writeName("contact").writeStartObject().writeStringProperty("firstName", o.contact().firstName())
                .writeStringProperty("lastName", o.contact().lastName())
                .writeStringProperty("email", o.contact().email()).writeEndObject();
        g.writeEndObject();
    }

    private static ReportingOrganisation reporter(JsonObject o) {
        if (o == null) throw new ReportException("report.reporter is required");
        JsonObject c = o.object("contact");
        if (c == null) throw new ReportException("report.reporter.contact is required");
        return new ReportingOrganisation(o.requiredString("organisationId"), o.requiredString("name"),
                o.requiredString("jurisdiction"), new Contact(c.string("firstName"), c.string("lastName"), c.string("email")));
    }

    private static void item(JsonGenerator g, ContentItem i) {
        g.writeStartObject().writeStringProperty("itemId", i.itemId());
        g.writeName("digests").writeStartObject();
        i.digests().forEach(d -> g.writeStringProperty(d.algorithm().name().toLowerCase(java.util.Locale.ROOT), d.hex()));
        g.writeEndObject();
        optional(g, "pdq", i.pdq() == null ? null : i.pdq().toHex());
        if (i.classification() != null) {
            g.writeName("classification").writeStartObject()
                    .writeStringProperty("scheme", i.classification().scheme().token())
                    .writeStringProperty("label", i.classification().label()).writeEndObject();
        }
        g.writeBooleanProperty("fileViewedByProvider", i.fileViewedByProvider());
        if (i.publiclyAvailable() != null) g.writeBooleanProperty("publiclyAvailable", i.publiclyAvailable());
        optional(g, "originalFileName", i.originalFileName());
        optional(g, "location", i.location() == null ? null : i.location().toString());
        optional(g, "uploadedAt", i.uploadedAt() == null ? null : i.uploadedAt().toString());
        if (i.upload() != null) ip(g.writeName("upload"), i.upload());
        optional(g, "vaultItemId", i.vaultItemId());
        g.writeEndObject();
    }

    private static ContentItem item(JsonObject o) {
        o.only(Set.of("itemId", "digests", "pdq", "classification", "fileViewedByProvider", "publiclyAvailable",
                "originalFileName", "location", "uploadedAt", "upload", "vaultItemId"));
        List<FileDigest> digests = new ArrayList<>();
        JsonObject d = o.object("digests");
        if (d != null) {
            d.only(Set.of("md5", "sha1", "sha256"));
            d.members().keySet().forEach(k -> digests.add(new FileDigest(
                    DigestAlgorithm.valueOf(k.toUpperCase(java.util.Locale.ROOT)), d.requiredString(k))));
        }
        JsonObject c = o.object("classification");
        Classification classification = c == null ? null
                : Crosswalk.standard().classify(Scheme.ofToken(c.requiredString("scheme")), c.requiredString("label"));
        String pdq = o.string("pdq");
        String location = o.string("location");
        String uploadedAt = o.string("uploadedAt");
        Boolean viewed = o.bool("fileViewedByProvider");
        JsonObject upload = o.object("upload");
        return new ContentItem(o.requiredString("itemId"), digests, pdq == null ? null : PdqHash.parse(pdq),
                classification, viewed != null && viewed, o.bool("publiclyAvailable"), o.string("originalFileName"),
                location == null ? null : URI.create(location), uploadedAt == null ? null : Instant.parse(uploadedAt),
                upload == null ? null : ip(upload), o.string("vaultItemId"));
    }

    private static void user(JsonGenerator g, ReportedUser u) {
        g.writeStartObject().writeStringProperty("accountId", u.accountId());
        optional(g, "screenName", u.screenName());
        optional(g, "email", u.email());
        g.writeName("ipCaptures").writeStartArray();
        u.ipCaptures().forEach(c -> ip(g, c));
        g.writeEndArray();
        EstimatedLocation l = u.estimatedLocation();
        if (l != null) {
            g.writeName("estimatedLocation").writeStartObject().writeStringProperty("countryCode", l.countryCode());
            optional(g, "region", l.region());
            optional(g, "city", l.city());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static ReportedUser user(JsonObject o) {
        o.only(Set.of("accountId", "screenName", "email", "ipCaptures", "estimatedLocation"));
        List<IpCapture> ips = new ArrayList<>();
        for (Object c : o.array("ipCaptures")) ips.add(ip(JsonObject.of(c, o.path() + ".ipCaptures[" + ips.size() + "]")));
        JsonObject l = o.object("estimatedLocation");
        return new ReportedUser(o.requiredString("accountId"), o.string("screenName"), o.string("email"), ips,
                l == null ? null : new EstimatedLocation(l.requiredString("countryCode"), l.string("region"), l.string("city")));
    }

    private static void ip(JsonGenerator g, IpCapture c) {
        g.writeStartObject().writeStringProperty("address", c.addressText()).writeNumberProperty("port", c.port())
                .writeStringProperty("time", c.time().toString()).writeStringProperty("event", c.eventName())
                .writeEndObject();
    }

    private static IpCapture ip(JsonObject o) {
        o.only(Set.of("address", "port", "time", "event"));
        Long port = o.number("port");
        return new IpCapture(IpCapture.literal(o.requiredString("address")), port == null ? 0 : Math.toIntExact(port),
                Instant.parse(o.requiredString("time")), o.requiredString("event"));
    }

    private static void optional(JsonGenerator g, String name, String value) {
        if (value != null) g.writeStringProperty(name, value);
    }
}
