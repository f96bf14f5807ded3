package org.custos.lists.format;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/** The common end of the text writers: buffered UTF-8 out, CSV rows, unchecked I/O errors, close. */
abstract class TextWriter implements EntryWriter {
    private final Writer out;

    TextWriter(OutputStream out) {
        this.out = Lines.writer(out);
    }

    protected final void emit(CharSequence text) {
        try {
            out.append(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected final void row(List<String> fields) {
        try {
            Csv.write(out, fields);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
