package org.custos.lists.format;

import java.io.Closeable;
import org.custos.lists.Entry;

/** Writes entries one at a time; {@link #close} finishes the document (closing brackets, flush). */
public interface EntryWriter extends Closeable {
    void write(Entry entry);

    @Override
    void close();
}
