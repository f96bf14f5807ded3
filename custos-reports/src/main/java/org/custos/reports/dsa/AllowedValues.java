package org.custos.reports.dsa;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.custos.reports.ReportException;
import org.custos.reports.json.JsonObject;
import org.custos.reports.json.JsonTree;

/**
 * The enumerations of the EU DSA Transparency Database (ACCOUNT_TYPES, SOURCE_TYPES, CONTENT_TYPES,
 * STATEMENT_CATEGORIES, KEYWORDS, EUROPEAN_COUNTRY_CODES, ALL_LANGUAGES, …) read from a JSON document of
 * {@code name → {value: label}} or {@code name → [value]}. The Commission changes them (the 2025 taxonomy), so
 * they are data the deployment supplies, not constants compiled in.
 */
public record AllowedValues(Map<String, Set<String>> sets) {
    public AllowedValues {
        sets = Map.copyOf(sets);
    }

    public static AllowedValues parse(String json) {
        JsonObject root = JsonObject.of(JsonTree.read(json), "allowed values");
        Map<String, Set<String>> sets = new HashMap<>();
        root.members().forEach((name, value) -> sets.put(name, switch (value) {
            case Map<?, ?> m -> Set.copyOf(m.keySet().stream().map(String::valueOf).toList());
            case List<?> l -> Set.copyOf(l.stream().map(String::valueOf).toList());
            default -> throw new ReportException("allowed values " + name + " is neither an object nor an array");
        }));
        return new AllowedValues(sets);
    }

    public Set<String> of(String name) {
        Set<String> s = sets.get(name);
        if (s == null) throw new ReportException("allowed values lack " + name);
        return s;
    }
}
