package org.custos.lists.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.custos.lists.Entry;
import org.custos.lists.Signal;
import org.custos.lists.SignalType;

/**
 * One hash per line; blank lines and {@code #} comments are skipped. The type is the one given, else the
 * length decides (32 md5, 40 sha1); 64 characters may be SHA-256 or PDQ, so they need an explicit type. The
 * entry id is the signal's {@code type:value}.
 */
final class HashLinesReader extends BaseReader {
    /** A hash line: the longest foreign signal and some room. */
    static final int MAX_LINE = org.custos.lists.SignalType.MAX_FOREIGN_LENGTH + 1024;
    private final LineReader in;

    HashLinesReader(InputStream in, FormatOptions options) {
        super(options);
        this.in = new LineReader(Lines.reader(in), MAX_LINE);
    }

    @Override
    protected Entry read() throws IOException {
        while (true) {
            record++;
            String line = in.readLine();
            if (line == null) {
                record--;
                return null;
            }
            String hash = Lines.stripBom(line).strip();
            if (hash.isEmpty() || hash.charAt(0) == '#') continue;
            Signal s = Signal.of(type(at("hash", hash)), hash);
            return Entry.builder(s.key()).signal(s).build();
        }
    }

    private SignalType type(String hash) {
        if (options.signalType() != null) return options.signalType();
        return switch (hash.length()) {
            case 32 -> SignalType.MD5;
            case 40 -> SignalType.SHA1;
            default -> throw fail("cannot tell the hash type from " + hash.length()
                    + " characters (64 may be sha256 or pdq): name the type");
        };
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
