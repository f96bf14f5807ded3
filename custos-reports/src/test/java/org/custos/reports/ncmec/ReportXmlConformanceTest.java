package org.custos.reports.ncmec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.custos.reports.SampleReports;
import org.custos.reports.SharedFiles;
import org.custos.reports.model.IncidentType;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Checks rendered documents against the schema-valid snapshots of Cybertipline-Tools: every element Custos
 * writes appears under the same parent there, and siblings come in an order the snapshots never contradict
 * (the schema is a sequence). The one element the snapshots lack, {@code espIdentifier} of the reported user,
 * is allowed by name.
 */
class ReportXmlConformanceTest {
    private final Map<String, Set<String>> children = new HashMap<>();
    private final Set<String> before = new HashSet<>();

    @Test
    void reportFollowsTheValidSnapshots() throws Exception {
        learn();
        String xml = CyberTiplineXml.report(SampleReports.report());
        check(root(xml));
        assertThat(xml).contains("xsi:noNamespaceSchemaLocation=\"https://report.cybertip.org/ispws/xsd\"",
                "<incidentDateTime>2026-03-01T10:15:30Z</incidentDateTime>", "<port>443</port>",
                "<ipAddress>2001:db8:0:0:0:0:0:7</ipAddress>", "<countryCode>FR</countryCode>");
    }

    @Test
    void fileDetailsFollowTheValidSnapshots() throws Exception {
        learn();
        String xml = CyberTiplineXml.fileDetails(SampleReports.item("i1"), 4564654, "b0754af766b426f2928a02c651ed4b99");
        check(root(xml));
        assertThat(xml).contains("<originalFileHash hashType=\"MD5\">e86fdc2283aff4179685f2a918a769eb</originalFileHash>",
                "<industryClassification>A1</industryClassification>", "<publiclyAvailable>false</publiclyAvailable>",
                "<port>50412</port>", "<name>PDQ</name>");
        assertThat(xml.split("<ipCaptureEvent>", -1)).hasSize(2);
    }

    @Test
    void incidentTypesAreTheSchemasSpellingNotTheInvalidSnapshots() throws Exception {
        Path dir = SharedFiles.resolve("external/ncmec/cybertipline-tools-report-xml");
        String invalid = Files.readString(dir.resolve("buildreport-should-build-a-report-with-only-required-fields-1.xml"));
        assertThat(invalid).contains("Online Enticement of Children for Sexual Act<");
        assertThat(CyberTiplineXml.incidentType(IncidentType.ONLINE_ENTICEMENT))
                .isEqualTo("Online Enticement of Children for Sexual Acts");
        for (IncidentType t : IncidentType.values()) {
            assertThat(FakeCyberTipline.INCIDENT_TYPES).contains(CyberTiplineXml.incidentType(t));
        }
    }

    private void learn() throws Exception {
        Path dir = SharedFiles.resolve("external/ncmec/cybertipline-tools-report-xml");
        for (String line : Files.readAllLines(dir.resolve("manifest.csv")).subList(1, 9)) {
            String[] f = line.split(",", 3);
            if (f[1].equals("VALID")) learn(root(Files.readString(dir.resolve(f[0]))));
        }
        children.computeIfAbsent("personOrUserReported", k -> new HashSet<>()).add("espIdentifier");
    }

    private void learn(Element e) {
        List<String> names = childNames(e);
        children.computeIfAbsent(e.getTagName(), k -> new HashSet<>()).addAll(names);
        for (int i = 0; i < names.size(); i++) {
            for (int j = i + 1; j < names.size(); j++) {
                if (!names.get(i).equals(names.get(j))) before.add(e.getTagName() + ":" + names.get(i) + "<" + names.get(j));
            }
        }
        childElements(e).forEach(this::learn);
    }

    private void check(Element e) {
        List<String> names = childNames(e);
        assertThat(children.getOrDefault(e.getTagName(), Set.of())).as("children of <%s>", e.getTagName())
                .containsAll(names);
        for (int i = 0; i < names.size(); i++) {
            for (int j = i + 1; j < names.size(); j++) {
                assertThat(before).as("<%s> before <%s> in <%s>", names.get(i), names.get(j), e.getTagName())
                        .doesNotContain(e.getTagName() + ":" + names.get(j) + "<" + names.get(i));
            }
        }
        childElements(e).forEach(this::check);
    }

    private static List<String> childNames(Element e) {
        return childElements(e).stream().map(Element::getTagName).toList();
    }

    private static List<Element> childElements(Element e) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) out.add(c);
        }
        return out;
    }

    private static Element root(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
    }
}
