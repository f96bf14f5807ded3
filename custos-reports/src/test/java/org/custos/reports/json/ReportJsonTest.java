package org.custos.reports.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.custos.reports.ReportException;
import org.custos.reports.SampleReports;
import org.custos.reports.model.Report;
import org.junit.jupiter.api.Test;

class ReportJsonTest {
    @Test
    void roundTripsAReportExactly() {
        Report r = SampleReports.report();
        byte[] json = ReportJson.write(r);
        assertThat(ReportJson.read(json)).isEqualTo(r);
        assertThat(new String(json, StandardCharsets.UTF_8)).startsWith("{\"format\":\"custos-report/1\",\"reportId\":\"rep-0001\"")
                .contains("\"classification\":{\"scheme\":\"us-industry\",\"label\":\"A1\"}", "\"port\":50412");
    }

    @Test
    void refusesUnknownMembersAndInvalidValuesWithTheirPath() {
        String json = new String(ReportJson.write(SampleReports.report()), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ReportJson.read(json.replace("\"itemId\":\"i2\"", "\"itemId\":\"i2\",\"bytes\":\"AAAA\"").getBytes()))
                .isInstanceOf(ReportException.class).hasMessageContaining("unknown member report.items[1].bytes");
        assertThatThrownBy(() -> ReportJson.read(json.replace("\"port\":50412", "\"port\":99999").getBytes()))
                .hasMessageContaining("IP port must be between 0 and 65535, was 99999");
        assertThatThrownBy(() -> ReportJson.read(json.replace("\"label\":\"A1\"", "\"label\":\"Z9\"").getBytes()))
                .hasMessageContaining("received report is invalid");
        assertThatThrownBy(() -> ReportJson.read("{\"format\":\"custos-report/1\",\"format\":1}".getBytes()))
                .hasMessageContaining("duplicate JSON member 'format'");
        assertThatThrownBy(() -> ReportJson.read("[".getBytes())).hasMessageContaining("not valid JSON");
    }
}
