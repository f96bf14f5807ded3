package org.custos.lists;

import org.custos.CustosException;

/**
 * A list file or release is malformed: the message and the fields name the source (file or upload), the record
 * (line or record number, 1-based), the field and the offending value, abbreviated.
 */
public class ListFormatException extends CustosException {
    private final String source;
    private final long record;
    private final String field;
    private final String value;

    public ListFormatException(String source, long record, String field, String value, String problem) {
        super(describe(source, record, field, value, problem));
        this.source = source;
        this.record = record;
        this.field = field;
        this.value = value;
    }

    public String source() {
        return source;
    }

    public long record() {
        return record;
    }

    public String field() {
        return field;
    }

    public String value() {
        return value;
    }

    static String describe(String source, long record, String field, String value, String problem) {
        StringBuilder s = new StringBuilder(source == null ? "input" : source);
        if (record > 0) s.append(", record ").append(record);
        if (field != null) s.append(", field '").append(field).append('\'');
        if (value != null) s.append(", value '").append(Text.abbreviate(value)).append('\'');
        return s.append(": ").append(problem).toString();
    }
}
