package org.custos.lists.format;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 records: comma-separated fields, optionally in double quotes with {@code ""} for a quote, CRLF or
 * LF line ends, quoted fields may span lines. {@link #line} is the physical line where the last record began.
 */
final class Csv {
    private final Reader in;
    private final char[] buf = new char[1 << 16];
    private int pos;
    private int len;
    private long line;
    private long nextLine = 1;
    private final StringBuilder field = new StringBuilder(128);
    /** The longest field: the longest foreign signal and some room. */
    static final int MAX_FIELD = org.custos.lists.SignalType.MAX_FOREIGN_LENGTH + 1024;

    Csv(Reader in) {
        this.in = in;
    }

    long line() {
        return line;
    }

    /** The next record's fields, or {@code null} at the end of input. */
    List<String> next() throws IOException {
        int c = read();
        if (c < 0) return null;
        if (c == Lines.BOM && line == 0) c = read();
        line = nextLine;
        List<String> fields = new ArrayList<>(8);
        while (true) {
            String plain = c == '"' || c < 0 ? null : plainInBuffer();
            if (plain != null) {
                fields.add(plain);
                c = read();
            } else {
                c = slowField(c);
                fields.add(field.toString());
            }
            if (c == ',') {
                c = read();
                continue;
            }
            if (c == '\r' && peek() == '\n') read();
            if (c >= 0) nextLine++;
            return fields;
        }
    }

    /**
     * The unquoted field whose first character was just read, if it ends inside the buffer: one String made from
     * the buffer, the delimiter left to be read next. Otherwise {@code null} and nothing consumed.
     */
    private String plainInBuffer() {
        int start = pos - 1;
        for (int i = start; i < len; i++) {
            char ch = buf[i];
            if (ch == ',' || ch == '\n' || ch == '\r') {
                pos = i;
                return new String(buf, start, i - start);
            }
        }
        return null;
    }

    private int slowField(int first) throws IOException {
        field.setLength(0);
        if (first == '"') return quoted();
        int c = first;
        while (c >= 0 && c != ',' && c != '\n' && c != '\r') {
            field.append((char) c);
            checkLength();
            c = read();
        }
        return c;
    }

    private int quoted() throws IOException {
        long start = nextLine;
        while (true) {
            int c = read();
            if (c < 0) throw new IOException("quoted field opened on line " + start + " never closes");
            if (c == '"') {
                if (peek() != '"') return read();
                read();
            } else if (c == '\n') {
                nextLine++;
            }
            field.append((char) c);
            checkLength();
        }
    }

    private void checkLength() throws IOException {
        if (field.length() > MAX_FIELD) throw new IOException("a field is longer than " + MAX_FIELD + " characters");
    }

    private int read() throws IOException {
        if (pos == len && !fill()) return -1;
        return buf[pos++];
    }

    private int peek() throws IOException {
        if (pos == len && !fill()) return -1;
        return buf[pos];
    }

    private boolean fill() throws IOException {
        len = in.read(buf);
        pos = 0;
        return len > 0;
    }

    static void write(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) out.append(',');
            String f = fields.get(i) == null ? "" : fields.get(i);
            if (needsQuotes(f)) out.append('"').append(f.replace("\"", "\"\"")).append('"');
            else out.append(f);
        }
        out.append('\n');
    }

    private static boolean needsQuotes(String f) {
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') return true;
        }
        return false;
    }
}
