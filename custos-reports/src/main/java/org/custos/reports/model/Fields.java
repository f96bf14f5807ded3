package org.custos.reports.model;

import org.custos.Preconditions;

/** Checks for the text fields of the report model: present where required, bounded, free of control characters. */
public final class Fields {
    public static final int SHORT = 200;
    public static final int LONG = 4000;

    private Fields() {
    }

    public static String required(String value, int max, String name) {
        Preconditions.check(value != null && !value.isBlank(), "%s is required", name);
        return optional(value, max, name);
    }

    /** {@code null} stays {@code null}; blank becomes {@code null}. */
    public static String optional(String value, int max, String name) {
        if (value == null || value.isBlank()) return null;
        String v = value.strip();
        Preconditions.check(v.length() <= max, "%s is longer than %d characters (%d)", name, max, v.length());
        Preconditions.check(v.chars().noneMatch(c -> c < 0x20 && c != '\n' && c != '\t'),
                "%s contains a control character", name);
        return v;
    }
}
