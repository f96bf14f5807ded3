package org.custos.reports.transparency;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.custos.lists.format.Json;
import tools.jackson.core.JsonGenerator;

/**
 * Writes monthly figures as JSON ({@code {"figures":[…]}}) and as CSV (RFC 4180, one row per list and month,
 * reports per body as {@code body=n} pairs separated by {@code ;} in one column). List and body ids are the
 * only text, and both are restricted to identifier characters, so CSV needs no quoting.
 */
public final class FiguresFormat {
    static final String CSV_HEADER = "list,month,matches,reviews,confirmed,false_positives,reports,removal_notices,"
            + "removed,median_seconds_to_removal,p90_seconds_to_removal,reports_per_body";

    private FiguresFormat() {
    }

    public static String json(List<MonthlyFigures> figures) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = Json.generator(out)) {
            g.writeStartObject().writeName("figures").writeStartArray();
            for (MonthlyFigures f : figures) {
                g.writeStartObject().writeStringProperty("list", f.listId()).writeStringProperty("month", f.month().toString());
                for (EventKind k : EventKind.values()) g.writeNumberProperty(name(k), f.count(k));
                g.writeNumberProperty("medianSecondsToRemoval", f.medianSecondsToRemoval())
                        .writeNumberProperty("p90SecondsToRemoval", f.p90SecondsToRemoval());
                g.writeName("reportsPerBody").writeStartObject();
                f.reportsPerBody().forEach(g::writeNumberProperty);
                g.writeEndObject().writeEndObject();
            }
            g.writeEndArray().writeEndObject();
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    public static String csv(List<MonthlyFigures> figures) {
        StringBuilder s = new StringBuilder(CSV_HEADER).append("\r\n");
        for (MonthlyFigures f : figures) {
            s.append(f.listId()).append(',').append(f.month());
            for (EventKind k : EventKind.values()) s.append(',').append(f.count(k));
            s.append(',').append(f.medianSecondsToRemoval()).append(',').append(f.p90SecondsToRemoval()).append(',');
            s.append(String.join(";", f.reportsPerBody().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
            s.append("\r\n");
        }
        return s.toString();
    }

    private static String name(EventKind k) {
        return switch (k) {
            case MATCH -> "matches";
            case REVIEW -> "reviews";
            case CONFIRMED -> "confirmed";
            case FALSE_POSITIVE -> "falsePositives";
            case REPORT_SENT -> "reports";
            case REMOVAL_NOTICE -> "removalNotices";
            case REMOVED -> "removed";
        };
    }
}
