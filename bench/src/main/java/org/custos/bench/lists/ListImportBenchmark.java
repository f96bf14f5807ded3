package org.custos.bench.lists;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.custos.lists.format.FormatOptions;
import org.custos.lists.format.ListFormat;
import org.custos.lists.imports.ByteSource;
import org.custos.lists.imports.ListImporter;
import org.custos.lists.terminology.Scheme;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Validation of an in-memory list of {@code size} synthetic entries, one thread: the pass (or two) that
 * parses, normalises and checks every record for duplicates. Entries per second = size / score.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ListImportBenchmark {
    @Param("100000")
    int size;

    @Param({"CSV", "VICS", "JSONL"})
    ListFormat format;

    private byte[] bytes;
    private FormatOptions options;

    @Setup(Level.Trial)
    public void generate() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (format == ListFormat.VICS) SyntheticLists.vics(out, size, 42);
        else SyntheticLists.csv(out, size, 42);
        options = FormatOptions.of("bench", format == ListFormat.VICS ? Scheme.PROJECT_VIC_US_V2 : Scheme.US_INDUSTRY);
        bytes = out.toByteArray();
        if (format == ListFormat.JSONL) bytes = toJsonLines(bytes);
    }

    private byte[] toJsonLines(byte[] csv) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var w = ListFormat.JSONL.writer(out, options); var r = ListFormat.CSV.reader(new java.io.ByteArrayInputStream(csv), options)) {
            r.forEachRemaining(w::write);
        }
        return out.toByteArray();
    }

    @Benchmark
    public long validate() {
        return new ListImporter().validate(ByteSource.of(bytes), format, options).summary().entries();
    }
}
