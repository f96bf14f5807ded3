package org.custos.lists.format;

import java.io.Closeable;
import java.util.Iterator;
import org.custos.lists.Entry;

/**
 * A stream of validated, normalised entries read from one source, one at a time in constant memory. A bad
 * record stops the stream with a {@link org.custos.lists.ListFormatException} naming source, record, field and
 * value; it never skips one silently.
 */
public interface EntryReader extends Iterator<Entry>, Closeable {
    /** The source name given in the options (file name or upload id). */
    String source();

    /** The number of the record last read, 1-based (a line for line formats, an element for JSON and XML). */
    long record();

    @Override
    void close();
}
