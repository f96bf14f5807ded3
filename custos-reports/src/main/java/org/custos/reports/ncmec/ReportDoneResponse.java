package org.custos.reports.ncmec;

import java.util.List;
import java.util.Set;

/** The CyberTipline's {@code <reportDoneResponse>} to {@code /finish}: code, report id and the files it holds. */
public record ReportDoneResponse(long responseCode, long reportId, List<String> fileIds) {
    private static final Set<String> ELEMENTS = Set.of("responseCode", "reportId", "files");

    public ReportDoneResponse {
        fileIds = List.copyOf(fileIds);
    }

    public static ReportDoneResponse parse(String xml) {
        XmlIn in = XmlIn.parse(xml, ELEMENTS, Set.of()).expectRoot("reportDoneResponse");
        long code = XmlIn.integer(in.required("responseCode"), "responseCode");
        long id = XmlIn.integer(in.required("reportId"), "reportId");
        List<String> files = in.all("files");
        List<String> ids = in.all("files/fileId");
        if (!files.isEmpty() && !files.getFirst().isEmpty() && ids.isEmpty()) {
            throw new MalformedResponseException("<files> holds text but no <fileId>");
        }
        return new ReportDoneResponse(code, id, ids);
    }
}
