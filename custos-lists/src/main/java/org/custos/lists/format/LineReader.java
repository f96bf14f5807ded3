package org.custos.lists.format;

import java.io.IOException;
import java.io.Reader;

/**
 * Lines split at {@code \n} only (a {@code \r} before it is left to the caller), each at most {@code maxChars}
 * long: a longer line is an {@link IOException} saying so, instead of a string that grows until memory runs out.
 */
public final class LineReader implements AutoCloseable {
    private final Reader in;
    private final int maxChars;
    private final char[] buf = new char[1 << 16];
    private final StringBuilder carry = new StringBuilder();
    private int pos;
    private int len;

    public LineReader(Reader in, int maxChars) {
        this.in = in;
        this.maxChars = maxChars;
    }

    /** The next line without its {@code \n}, or {@code null} at the end of input. */
    public String readLine() throws IOException {
        carry.setLength(0);
        boolean any = false;
        while (true) {
            if (pos == len) {
                len = in.read(buf);
                pos = 0;
                if (len <= 0) {
                    len = 0;
                    return any ? carry.toString() : null;
                }
            }
            any = true;
            int start = pos;
            while (pos < len && buf[pos] != '\n') pos++;
            if (carry.length() + pos - start > maxChars) {
                throw new IOException("a line is longer than " + maxChars + " characters");
            }
            if (pos < len) {
                String line = carry.isEmpty() ? new String(buf, start, pos - start)
                        : carry.append(buf, start, pos - start).toString();
                pos++;
                return line;
            }
            carry.append(buf, start, pos - start);
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
