package org.custos.reports.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.custos.lists.format.Json;
import org.custos.reports.ReportException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * A JSON document read into maps, lists, strings, booleans, longs and nulls, bounded in depth and size, for the
 * small documents of this module (reports, envelopes, rules). Duplicate member names are refused.
 */
public final class JsonTree {
    private static final int MAX_DEPTH = 16;
    public static final int MAX_CHARS = 4 << 20;

    private JsonTree() {
    }

    public static Object read(String text) {
        if (text.length() > MAX_CHARS) throw new ReportException("JSON document exceeds " + MAX_CHARS + " characters");
        try (JsonParser p = Json.parser(text)) {
            p.nextToken();
            Object value = value(p, 0);
            if (p.nextToken() != null) throw new ReportException("trailing content after the JSON document");
            return value;
        } catch (JacksonException e) {
            throw new ReportException("not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static Object value(JsonParser p, int depth) {
        if (depth > MAX_DEPTH) throw new ReportException("JSON nested deeper than " + MAX_DEPTH);
        JsonToken t = p.currentToken();
        if (t == null) throw new ReportException("empty JSON document");
        return switch (t) {
            case START_OBJECT -> object(p, depth);
            case START_ARRAY -> array(p, depth);
            case VALUE_STRING -> p.getString();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            case VALUE_NUMBER_INT -> p.getLongValue();
            default -> throw new ReportException("unsupported JSON value " + t + " (integers only)");
        };
    }

    private static Map<String, Object> object(JsonParser p, int depth) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (String name = p.nextName(); name != null; name = p.nextName()) {
            p.nextToken();
            if (m.containsKey(name)) throw new ReportException("duplicate JSON member '" + name + "'");
            m.put(name, value(p, depth + 1));
        }
        return m;
    }

    private static List<Object> array(JsonParser p, int depth) {
        List<Object> l = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) l.add(value(p, depth + 1));
        return l;
    }
}
