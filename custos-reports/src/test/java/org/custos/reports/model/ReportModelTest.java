package org.custos.reports.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.custos.InvalidValueException;
import org.custos.reports.SampleReports;
import org.junit.jupiter.api.Test;

class ReportModelTest {
    @Test
    void sampleReportIsValidAndCarriesNoContentBytes() {
        Report r = SampleReports.report();
        assertThat(r.items()).hasSize(2);
        assertThat(r.userCountry()).contains("FR");
        assertThat(Report.class.getRecordComponents()).noneMatch(c -> c.getType() == byte[].class);
        assertThat(ContentItem.class.getRecordComponents()).noneMatch(c -> c.getType() == byte[].class);
    }

    @Test
    void digestsAreCheckedForLengthAndHex() {
        assertThatThrownBy(() -> new FileDigest(DigestAlgorithm.MD5, "abc"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("MD5 digest must be 32 hex");
        assertThatThrownBy(() -> new FileDigest(DigestAlgorithm.SHA1, "z".repeat(40)))
                .hasMessageContaining("'zzzz");
        assertThat(new FileDigest(DigestAlgorithm.MD5, "E86FDC2283AFF4179685F2A918A769EB").hex())
                .isEqualTo("e86fdc2283aff4179685f2a918a769eb");
    }

    @Test
    void anItemNeedsASignalAndUniqueAlgorithms() {
        ContentItem ok = SampleReports.item("x");
        assertThatThrownBy(() -> new ContentItem("x", List.of(), null, null, false, null, null, null, null, null, null))
                .hasMessageContaining("neither a digest nor a PDQ hash");
        assertThatThrownBy(() -> new ContentItem("x", List.of(ok.digests().get(0), ok.digests().get(0)), null, null,
                false, null, null, null, null, null, null)).hasMessageContaining("two MD5 digests");
    }

    @Test
    void reportRejectsDuplicateItemsAndBadCountries() {
        Report r = SampleReports.report();
        assertThatThrownBy(() -> new Report("r", r.incidentType(), r.incidentTime(), r.reporter(),
                List.of(SampleReports.item("a"), SampleReports.item("a")), null, null, null))
                .hasMessageContaining("two items with id a");
        assertThatThrownBy(() -> new Report("r", r.incidentType(), r.incidentTime(), r.reporter(), List.of(), null,
                "XX", null)).hasMessageContaining("hosting country is not an ISO 3166-1 alpha-2 code: 'XX'");
    }

    @Test
    void ipCapturesTakeLiteralsOnlyAndAPort() {
        assertThat(IpCapture.literal("2001:db8::7").getHostAddress()).isEqualTo("2001:db8:0:0:0:0:0:7");
        assertThatThrownBy(() -> IpCapture.literal("example.org")).hasMessageContaining("not an IP address literal");
        assertThatThrownBy(() -> IpCapture.literal("300.1.1.1")).hasMessageContaining("not an IP address literal");
        assertThatThrownBy(() -> new IpCapture(IpCapture.literal("192.0.2.1"), 70000, SampleReports.T0, "Upload"))
                .hasMessageContaining("IP port must be between 0 and 65535, was 70000");
    }

    @Test
    void textFieldsRefuseControlCharactersAndOverlongValues() {
        assertThatThrownBy(() -> new Contact("A\u0000", "B", "a@b.example")).hasMessageContaining("control character");
        assertThatThrownBy(() -> new Contact("A", "B", "not-an-address")).hasMessageContaining("not an address");
        assertThatThrownBy(() -> Fields.required("x".repeat(201), Fields.SHORT, "name"))
                .hasMessageContaining("name is longer than 200 characters (201)");
    }
}
