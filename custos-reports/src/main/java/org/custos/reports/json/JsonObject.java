package org.custos.reports.json;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.custos.reports.ReportException;

/** Typed access to a JSON object read by {@link JsonTree}; errors name the member path. */
public record JsonObject(String path, Map<String, Object> members) {
    public static JsonObject of(Object value, String path) {
        if (!(value instanceof Map<?, ?> m)) throw new ReportException(path + " must be a JSON object");
        @SuppressWarnings("unchecked")
        Map<String, Object> members = (Map<String, Object>) m;
        return new JsonObject(path, members);
    }

    /** Refuses members outside {@code known}, so a misspelt field is an error, not silently dropped. */
    public JsonObject only(Set<String> known) {
        for (String name : members.keySet()) {
            if (!known.contains(name)) throw new ReportException("unknown member " + path + "." + name);
        }
        return this;
    }

    public String string(String name) {
        Object v = members.get(name);
        if (v != null && !(v instanceof String)) throw new ReportException(path + "." + name + " must be a string");
        return (String) v;
    }

    public String requiredString(String name) {
        String v = string(name);
        if (v == null) throw new ReportException(path + "." + name + " is required");
        return v;
    }

    public Boolean bool(String name) {
        Object v = members.get(name);
        if (v != null && !(v instanceof Boolean)) throw new ReportException(path + "." + name + " must be true or false");
        return (Boolean) v;
    }

    public Long number(String name) {
        Object v = members.get(name);
        if (v != null && !(v instanceof Long)) throw new ReportException(path + "." + name + " must be an integer");
        return (Long) v;
    }

    public JsonObject object(String name) {
        Object v = members.get(name);
        return v == null ? null : of(v, path + "." + name);
    }

    public List<Object> array(String name) {
        Object v = members.get(name);
        if (v == null) return List.of();
        if (!(v instanceof List<?> l)) throw new ReportException(path + "." + name + " must be an array");
        return List.copyOf(l);
    }
}
