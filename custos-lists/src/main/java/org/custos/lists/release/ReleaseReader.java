package org.custos.lists.release;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.custos.CustosException;
import org.custos.lists.Entry;
import org.custos.lists.Enums;
import org.custos.lists.HashList;
import org.custos.lists.ListFormatException;
import org.custos.lists.ListPurpose;
import org.custos.lists.SharingPolicy;
import org.custos.lists.format.EntryJson;
import org.custos.lists.format.EntryJsonReader;
import org.custos.lists.format.Json;
import org.custos.lists.format.LineReader;
import org.custos.lists.imports.DigestingInput;
import org.custos.lists.terminology.Crosswalk;
import org.custos.lists.terminology.Scheme;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reads a release body in constant memory: the header, then one change at a time. Every line must be exactly
 * as {@link ReleaseWriter} spells it, ids strictly ascending and the counts as announced; {@link #finish}
 * returns the SHA-256 of the bytes read. Any deviation is a {@link ListFormatException} with the line number.
 */
public final class ReleaseReader implements AutoCloseable {
    private final DigestingInput digesting;
    /** The longest change line: an entry of 64 foreign signals at their longest is far beyond any real one. */
    static final int MAX_LINE = 16 << 20;
    private final LineReader in;
    private final String source;
    private final Crosswalk crosswalk;
    private final ListRelease header;
    private final long[] counts = new long[3];
    private final StringBuilder respelled = new StringBuilder(1024);
    private long line;
    private long textBytes;
    private String last;

    public ReleaseReader(InputStream raw, String source, Crosswalk crosswalk) {
        this.digesting = new DigestingInput(raw);
        this.in = new LineReader(new InputStreamReader(digesting, StandardCharsets.UTF_8), MAX_LINE);
        this.source = source;
        this.crosswalk = crosswalk;
        this.header = readHeader();
    }

    public ListRelease header() {
        return header;
    }

    /** The next change, or {@code null} after the last. */
    public Change next() {
        String text = readLine();
        if (text == null) return null;
        Change c = guarded(text, () -> parseChange(text));
        respelled.setLength(0);
        ReleaseWriter.change(c, respelled);
        canonical(text);
        if (last != null && last.compareTo(c.id()) >= 0) throw fail(null, c.id(), "ids must ascend strictly");
        last = c.id();
        counts[c.op().ordinal()]++;
        return c;
    }

    /** Reads to the end, checks counts and byte form, and returns the body's SHA-256. */
    public String finish() {
        while (next() != null) {
            // every change is checked on the way
        }
        if (counts[0] != header.added() || counts[1] != header.changed() || counts[2] != header.removed()) {
            throw fail(null, null, "the header announces " + header.added() + "/" + header.changed() + "/"
                    + header.removed() + " added/changed/removed, the body holds " + counts[0] + "/" + counts[1]
                    + "/" + counts[2]);
        }
        try {
            String sha = digesting.finish();
            if (digesting.bytes() != textBytes) throw fail(null, null, "line ends other than a single \\n");
            return sha;
        } catch (IOException e) {
            throw fail(null, null, "cannot be read: " + e.getMessage());
        }
    }

    private ListRelease readHeader() {
        String text = readLine();
        if (text == null) throw fail(null, null, "empty release");
        ListRelease h = guarded(text, () -> parseHeader(text));
        respelled.setLength(0);
        ReleaseWriter.header(h, respelled);
        canonical(text);
        return h;
    }

    private void canonical(String text) {
        respelled.setLength(respelled.length() - 1);
        if (!respelled.toString().equals(text)) throw fail(null, null, "not in canonical form");
    }

    private String readLine() {
        try {
            String text = in.readLine();
            if (text != null) {
                line++;
                textBytes += text.getBytes(StandardCharsets.UTF_8).length + 1;
            }
            return text;
        } catch (IOException e) {
            throw fail(null, null, "cannot be read: " + e.getMessage());
        }
    }

    private ListRelease parseHeader(String text) {
        try (JsonParser p = Json.parser(text)) {
            p.nextToken();
            Map<String, String> m = new java.util.HashMap<>();
            HashList list = null;
            for (String name = p.nextName(); name != null; name = p.nextName()) {
                p.nextToken();
                if (name.equals("list")) list = list(p);
                else m.put(name, p.getString());
            }
            if (!ReleaseWriter.FORMAT.equals(m.get("format"))) throw new IllegalArgumentException("not " + ReleaseWriter.FORMAT);
            return new ListRelease(list, Long.parseLong(m.get("version")), m.get("parentDigest"),
                    m.get("snapshotDigest"), Instant.parse(m.get("published")), Long.parseLong(m.get("added")),
                    Long.parseLong(m.get("changed")), Long.parseLong(m.get("removed")));
        }
    }

    private static HashList list(JsonParser p) {
        Map<String, String> l = new java.util.HashMap<>();
        for (String name = p.nextName(); name != null; name = p.nextName()) {
            p.nextToken();
            l.put(name, p.getString());
        }
        return new HashList(l.get("id"), l.get("owner"), l.get("jurisdiction"), l.get("name"),
                Enums.parse(ListPurpose.class, l.get("purpose"), "list purpose"), Scheme.ofToken(l.get("scheme")),
                Enums.parse(SharingPolicy.class, l.get("sharing"), "sharing policy"));
    }

    private Change parseChange(String text) {
        try (JsonParser p = Json.parser(text)) {
            p.nextToken();
            String op = null;
            String id = null;
            Entry entry = null;
            for (String name = p.nextName(); name != null; name = p.nextName()) {
                if (p.nextToken() == JsonToken.START_OBJECT) entry = EntryJsonReader.read(p, crosswalk, (f, v) -> { });
                else if (name.equals("op")) op = p.getString();
                else if (name.equals("id")) id = p.getString();
            }
            if (op == null) throw new IllegalArgumentException("a change needs an op");
            return new Change(Enums.parse(Change.Op.class, op, "change op"), id, entry);
        }
    }

    private <T> T guarded(String text, java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (ListFormatException e) {
            throw e;
        } catch (CustosException | JacksonException | IllegalArgumentException | NullPointerException
                 | java.time.DateTimeException e) {
            throw fail(null, text, e.getMessage());
        }
    }

    private ListFormatException fail(String field, String value, String problem) {
        return new ListFormatException(source, line, field, value, problem);
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
