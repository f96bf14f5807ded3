package org.custos.hash;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/** The shared, benign PDQ reference vectors beside the checkout; tests skip, saying so, where they are absent. */
final class SharedData {
    private SharedData() {
    }

    static Path pdqVectors() {
        for (String candidate : List.of("../shared", "../../shared")) {
            Path p = Path.of(candidate, "pdq-vectors");
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        String reason = "skipped: pdq-vectors not found at ../shared or ../../shared from "
                + Path.of("").toAbsolutePath();
        System.out.println(reason);
        Assumptions.abort(reason);
        throw new AssertionError(reason);
    }

    /** Rows of a CSV file with a header line, each as column name to value (double quotes honoured). */
    static List<Map<String, String>> csv(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            List<String> header = fields(lines.getFirst());
            List<Map<String, String>> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) {
                    continue;
                }
                List<String> values = fields(line);
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), i < values.size() ? values.get(i) : "");
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                out.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        out.add(field.toString());
        return out;
    }
}
