package org.custos.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.custos.lists.format.EntryReader;
import org.custos.lists.format.EntryWriter;
import org.custos.lists.format.FormatOptions;
import org.custos.lists.format.ListFormat;
import org.custos.lists.terminology.Scheme;
import org.junit.jupiter.api.Assumptions;

/** Test data: the module's sample lists, and the shared external folder found beside the checkout. */
public final class Samples {
    private Samples() {
    }

    public static byte[] resource(String name) {
        try (InputStream in = Samples.class.getResourceAsStream("/samples/" + name)) {
            assertThat(in).as("sample " + name).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code ../shared/<path>} or {@code ../../shared/<path>}; skips the test, saying why, when absent. */
    public static Path shared(String path) {
        for (String prefix : List.of("../shared/", "../../shared/")) {
            Path p = Path.of(prefix + path);
            if (Files.exists(p)) return p;
        }
        Assumptions.abort("shared test data " + path + " is absent (expected ../shared or ../../shared)");
        return null;
    }

    public static List<Entry> read(ListFormat format, byte[] bytes, FormatOptions options) {
        List<Entry> out = new ArrayList<>();
        try (EntryReader r = format.reader(new java.io.ByteArrayInputStream(bytes), options)) {
            r.forEachRemaining(out::add);
        }
        return out;
    }

    public static List<Entry> read(ListFormat format, String resource, Scheme scheme) {
        return read(format, resource(resource), FormatOptions.of(resource, scheme));
    }

    public static byte[] write(ListFormat format, List<Entry> entries, FormatOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (EntryWriter w = format.writer(out, options)) {
            entries.forEach(w::write);
        }
        return out.toByteArray();
    }
}
