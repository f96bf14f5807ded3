package org.custos.lists.format;

import java.io.IOException;
import java.util.NoSuchElementException;
import java.util.List;
import org.custos.CustosException;
import org.custos.lists.Entry;
import org.custos.lists.ListFormatException;
import org.custos.lists.Signal;
import tools.jackson.core.JacksonException;

/**
 * The common loop of readers: {@link #read} returns the next entry or {@code null} at the end, and records the
 * field it is reading with {@link #at}, so any failure below becomes one {@link ListFormatException} with the
 * source, record, field and value.
 */
abstract class BaseReader implements EntryReader {
    protected final FormatOptions options;
    protected long record;
    private String field;
    private String value;
    private Entry next;
    private boolean done;

    BaseReader(FormatOptions options) {
        this.options = options;
    }

    protected abstract Entry read() throws IOException;

    /** Notes the field being read; returns the value for chaining. */
    protected final String at(String fieldName, String fieldValue) {
        field = fieldName;
        value = fieldValue;
        return fieldValue;
    }

    /**
     * The key of the least signal ({@code digestsOnly}: of the least digest or PDQ, else of the first signal): the
     * id of an entry whose source names none. A loop, not a sorted stream: it runs once a record.
     */
    protected static String leastKey(List<Signal> signals, boolean digestsOnly) {
        Signal least = null;
        for (Signal s : signals) {
            if ((!digestsOnly || !s.type().foreign()) && (least == null || s.compareTo(least) < 0)) least = s;
        }
        return (least == null ? signals.getFirst() : least).key();
    }

    protected final ListFormatException fail(String problem) {
        return new ListFormatException(options.source(), record, field, value, problem);
    }

    @Override
    public final boolean hasNext() {
        if (next == null && !done) {
            next = readGuarded();
            done = next == null;
        }
        return next != null;
    }

    @Override
    public final Entry next() {
        if (!hasNext()) throw new NoSuchElementException();
        Entry e = next;
        next = null;
        return e;
    }

    private Entry readGuarded() {
        try {
            field = null;
            value = null;
            return read();
        } catch (ListFormatException e) {
            throw e;
        } catch (IOException | JacksonException e) {
            throw fail("cannot be read: " + e.getMessage());
        } catch (CustosException | IllegalArgumentException | java.time.DateTimeException e) {
            throw fail(e.getMessage());
        }
    }

    @Override
    public String source() {
        return options.source();
    }

    @Override
    public long record() {
        return record;
    }
}
