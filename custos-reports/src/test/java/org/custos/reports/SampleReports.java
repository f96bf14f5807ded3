package org.custos.reports;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.custos.hash.PdqHash;
import org.custos.lists.terminology.Crosswalk;
import org.custos.lists.terminology.Scheme;
import org.custos.reports.model.*;

/** Benign, fictional reports for tests: the digests are of benign test images or made up. */
public final class SampleReports {
    public static final Instant T0 = Instant.parse("2026-03-01T10:15:30Z");

    private SampleReports() {
    }

    public static ReportingOrganisation provider() {
        return new ReportingOrganisation("org-photohost", "PhotoHost Example GmbH", "DE",
                new Contact("Erika", "Muster", "trust@photohost.example"));
    }

    public static ContentItem item(String id) {
        return new ContentItem(id,
                List.of(new FileDigest(DigestAlgorithm.MD5, "e86fdc2283aff4179685f2a918a769eb"),
                        new FileDigest(DigestAlgorithm.SHA1, "5e884898da28047151d0e56f8dc6292773603d0d")),
                PdqHash.parse("f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22"),
                Crosswalk.standard().classify(Scheme.US_INDUSTRY, "A1"), true, false, "upload-" + id + ".jpg",
                null, T0.minusSeconds(60),
                new IpCapture(IpCapture.literal("192.0.2.44"), 50412, T0.minusSeconds(60), "Upload"), "vault-" + id);
    }

    public static Report report() {
        ReportedUser user = new ReportedUser("acct-1234", "sunny_day_99", null,
                List.of(new IpCapture(IpCapture.literal("2001:db8::7"), 443, T0.minusSeconds(3600), "Login")),
                new EstimatedLocation("FR", "Occitanie", "Toulouse"));
        return new Report("rep-0001", IncidentType.CSAM, T0, provider(), List.of(item("i1"), item("i2")), user,
                "NL", "Two uploads matched an entry of a hotline list; confirmed by review.");
    }

    public static URI uri(String s) {
        return URI.create(s);
    }
}
