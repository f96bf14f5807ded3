package org.custos.lists.format;

import java.io.InputStream;
import org.custos.lists.Entry;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/** JSON Lines: one canonical entry object ({@link EntryJson}) per line; the lossless Custos format. */
final class JsonLinesReader extends BaseReader {
    private final JsonParser parser;

    JsonLinesReader(InputStream in, FormatOptions options) {
        super(options);
        this.parser = Json.parser(in);
    }

    @Override
    protected Entry read() {
        JsonToken t = parser.nextToken();
        if (t == null) return null;
        record++;
        return EntryJsonReader.read(parser, options.crosswalk(), this::at);
    }

    @Override
    public void close() {
        parser.close();
    }
}
