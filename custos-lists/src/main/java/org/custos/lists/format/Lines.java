package org.custos.lists.format;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** UTF-8 text in and out with large buffers, and the byte-order mark some tools put first. */
final class Lines {
    static final char BOM = '\uFEFF';

    private Lines() {
    }

    static BufferedReader reader(InputStream in) {
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }

    static Writer writer(OutputStream out) {
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    }

    static String stripBom(String line) {
        return line != null && !line.isEmpty() && line.charAt(0) == BOM ? line.substring(1) : line;
    }
}
