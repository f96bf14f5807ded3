package org.custos.reports.ncmec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.custos.reports.SharedFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Every response document of Cybertipline-Tools' tests, read as the call it answers. The expectation comes from
 * the manifest's verdict against NCMEC's schema: a schema-invalid document is refused; a valid one parses,
 * unless the call needs an element the document lacks (a submit without {@code reportId}). Two of upstream's
 * "throw" cases are schema-valid ({@code fileId} "123", {@code responseDescription} "123", both strings in the
 * schema) and parse here.
 */
class ResponseConformanceTest {
    static Stream<String[]> manifest() throws Exception {
        Path dir = SharedFiles.resolve("external/ncmec/cybertipline-tools-response-xml");
        return Files.readAllLines(dir.resolve("manifest.csv")).stream().skip(1)
                .map(l -> l.split(",", 4)).map(f -> new String[] {dir.resolve(f[0]).toString(), f[0], f[2]});
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("manifest")
    void readsOrRefusesAsTheSchemaSays(String path, String name, String verdict) throws Exception {
        String xml = Files.readString(Path.of(path));
        boolean needsMissingElement = List.of("parsesubmitresponse-should-throw-error-for-missing-reportid.xml",
                "parsecancelresponse-should-throw-error-for-invalid-xml-structure.xml",
                "parseuploadresponse-should-throw-error-for-missing-fileid.xml").contains(name);
        if (verdict.equals("INVALID") || needsMissingElement) {
            assertThatThrownBy(() -> read(name, xml)).isInstanceOf(MalformedResponseException.class);
        } else {
            assertThatCode(() -> read(name, xml)).doesNotThrowAnyException();
        }
    }

    @Test
    void readsTheValuesOfTheValidDocuments() throws Exception {
        Path dir = SharedFiles.resolve("external/ncmec/cybertipline-tools-response-xml");
        ReportResponse upload = ReportResponse.parse(Files.readString(
                dir.resolve("parseuploadresponse-should-parse-valid-upload-response-xml-with-hash.xml")));
        assertThat(upload).isEqualTo(new ReportResponse(0, "Success", 4564654L, "b0754af766b426f2928a02c651ed4b99",
                "fafa5efeaf3cbe3b23b2748d13e629a1"));
        ReportDoneResponse done = ReportDoneResponse.parse(Files.readString(
                dir.resolve("parsefinishresponse-should-parse-valid-finish-response-xml.xml")));
        assertThat(done).isEqualTo(new ReportDoneResponse(0, 4564654, List.of("b0754af766b426f2928a02c651ed4b99")));
        ReportResponse error = ReportResponse.parse(Files.readString(
                dir.resolve("parseresponseerror-should-parse-valid-error-response-xml.xml")));
        assertThatThrownBy(() -> error.requireSuccess("submit")).isInstanceOf(RejectedReportException.class)
                .hasMessage("submit was refused with response code 1000: Server Error");
    }

    @Test
    void refusesDocumentTypeDeclarations() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<reportResponse><responseCode>0</responseCode><responseDescription>&x;</responseDescription></reportResponse>";
        assertThatThrownBy(() -> ReportResponse.parse(xxe)).isInstanceOf(MalformedResponseException.class)
                .hasMessageContaining("not well-formed XML");
    }

    private static void read(String name, String xml) {
        if (name.startsWith("parsefinishresponse")) {
            ReportDoneResponse.parse(xml);
            return;
        }
        ReportResponse r = ReportResponse.parse(xml);
        if (name.startsWith("parsesubmitresponse") || name.startsWith("parsecancelresponse")) r.requireReportId();
        if (name.startsWith("parseuploadresponse")) r.requireFileId();
    }
}
