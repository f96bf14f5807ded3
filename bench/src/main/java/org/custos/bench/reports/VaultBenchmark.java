package org.custos.bench.reports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.custos.reports.vault.DataKey;
import org.custos.reports.vault.Segments;
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
 * The evidence vault's streaming AES-256-GCM, one thread: sealing {@code megabytes} of random content (with its
 * SHA-256) into a discarding stream, and opening the sealed form back through. MB/s = megabytes / score (s).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class VaultBenchmark {
    @Param("32")
    int megabytes;

    private byte[] content;
    private byte[] sealed;
    private DataKey key;

    @Setup(Level.Trial)
    public void prepare() {
        content = new byte[megabytes << 20];
        new Random(42).nextBytes(content);
        key = DataKey.generate();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Segments.seal(key, "bench", new ByteArrayInputStream(content), out);
        sealed = out.toByteArray();
    }

    @Benchmark
    public long seal() {
        return Segments.seal(key, "bench", new ByteArrayInputStream(content), OutputStream.nullOutputStream()).size();
    }

    @Benchmark
    public long open() throws IOException {
        try (InputStream in = Segments.open(key, "bench", new ByteArrayInputStream(sealed))) {
            return in.transferTo(OutputStream.nullOutputStream());
        }
    }
}
