package org.custos.lists.format;

/**
 * The one JSON spelling Custos signs: members in a fixed order, no whitespace, strings escaped only where JSON
 * requires ({@code "}, {@code \}, and control characters, as {@code \n \r \t \b \f} or lower-case
 * backslash-u00XX), everything else as raw UTF-8; integers only. It is the RFC 8785 (JCS) spelling for these
 * value types, with the member order fixed by each writer instead of sorted.
 */
public final class CanonicalJson {
    private final StringBuilder out;
    private boolean first = true;

    public CanonicalJson(StringBuilder out) {
        this.out = out;
    }

    public CanonicalJson begin() {
        out.append('{');
        first = true;
        return this;
    }

    public CanonicalJson end() {
        out.append('}');
        first = false;
        return this;
    }

    /** Starts member {@code name}; the caller writes its value next. */
    public CanonicalJson name(String name) {
        if (!first) out.append(',');
        first = true;
        string(out, name);
        out.append(':');
        return this;
    }

    public CanonicalJson member(String name, String value) {
        if (value == null) return this;
        name(name);
        string(out, value);
        first = false;
        return this;
    }

    public CanonicalJson member(String name, long value) {
        name(name);
        out.append(value);
        first = false;
        return this;
    }

    public CanonicalJson beginArray(String name) {
        name(name);
        out.append('[');
        first = true;
        return this;
    }

    public CanonicalJson endArray() {
        out.append(']');
        first = false;
        return this;
    }

    /** Separates array elements; call before each element. */
    public CanonicalJson element() {
        if (!first) out.append(',');
        first = true;
        return this;
    }

    public CanonicalJson stringElement(String value) {
        element();
        string(out, value);
        first = false;
        return this;
    }

    public static void string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) out.append("\\u00").append(Character.forDigit(c >> 4, 16))
                            .append(Character.forDigit(c & 15, 16));
                    else out.append(c);
                }
            }
        }
        out.append('"');
    }
}
