package org.custos.lists.format;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.custos.lists.Entry;
import org.custos.lists.Signal;
import org.custos.lists.SignalType;

/** Writes every column of {@link CsvColumns}; classification labels are written in the options' scheme. */
final class CsvWriter extends TextWriter {
    private final FormatOptions options;

    CsvWriter(OutputStream out, FormatOptions options) {
        super(out);
        this.options = options;
        row(CsvColumns.ALL);
    }

    @Override
    public void write(Entry e) {
        List<String> row = new ArrayList<>(CsvColumns.ALL.size());
        Signal pdq = e.signal(SignalType.PDQ);
        for (String column : CsvColumns.ALL) {
            row.add(switch (column) {
                case "id" -> e.id();
                case "status" -> e.status().name();
                case "pdq_quality" -> pdq == null || pdq.quality() == null ? "" : pdq.quality().toString();
                case "classification" -> Labels.label(e, options);
                case "legality" -> e.legality().entrySet().stream().map(x -> x.getKey() + ":" + x.getValue())
                        .collect(Collectors.joining("|"));
                case "tags" -> String.join("|", e.tags());
                case "series" -> e.series();
                case "contributor" -> e.provenance().contributor();
                case "added" -> e.provenance().added() == null ? "" : e.provenance().added().toString();
                default -> signal(e, SignalType.ofToken(column));
            });
        }
        row(row);
    }

    private static String signal(Entry e, SignalType type) {
        Signal s = e.signal(type);
        return s == null ? "" : s.value();
    }
}
