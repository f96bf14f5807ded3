package org.custos.reports.ncmec;

import java.util.Set;

/**
 * The CyberTipline's {@code <reportResponse>}: a response code (0 is success), its description, and where the
 * call made one, the NCMEC report id, the file id and the MD5 of the uploaded bytes. Parsing checks the
 * structure; {@link #requireSuccess}, {@link #requireReportId} and {@link #requireFileId} state what each call
 * needs, so a response that parsed can still be refused for the call it answers.
 */
public record ReportResponse(long responseCode, String responseDescription, Long reportId, String fileId,
                             String hash) {
    private static final Set<String> ELEMENTS = Set.of("responseCode", "responseDescription", "reportId", "fileId", "hash");

    public static ReportResponse parse(String xml) {
        XmlIn in = XmlIn.parse(xml, ELEMENTS, Set.of()).expectRoot("reportResponse");
        long code = XmlIn.integer(in.required("responseCode"), "responseCode");
        String description = in.required("responseDescription");
        String report = in.text("reportId");
        String hash = in.text("hash");
        if (hash != null && !hash.matches("[0-9a-fA-F]{32}")) {
            throw new MalformedResponseException("<hash> is not an MD5 in hex: '" + XmlIn.abbreviate(hash) + "'");
        }
        return new ReportResponse(code, description, report == null ? null : XmlIn.integer(report, "reportId"),
                in.text("fileId"), hash == null ? null : hash.toLowerCase(java.util.Locale.ROOT));
    }

    public boolean success() {
        return responseCode == 0;
    }

    /** This response, if it reports success; else a {@link RejectedReportException} with the receiver's words. */
    public ReportResponse requireSuccess(String call) {
        if (!success()) throw new RejectedReportException(call, responseCode, responseDescription);
        return this;
    }

    public long requireReportId() {
        if (reportId == null) throw new MalformedResponseException("<reportResponse> lacks <reportId>");
        return reportId;
    }

    public String requireFileId() {
        if (fileId == null || fileId.isEmpty()) throw new MalformedResponseException("<reportResponse> lacks <fileId>");
        return fileId;
    }
}
