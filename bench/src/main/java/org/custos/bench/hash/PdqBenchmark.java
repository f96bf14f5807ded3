package org.custos.bench.hash;

import java.util.concurrent.TimeUnit;
import org.custos.hash.ImageDecoder;
import org.custos.hash.PdqHasher;
import org.custos.hash.PdqResult;
import org.custos.hash.Pixels;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** (a) PDQ alone on the already decoded 1600x1004 bridge photo, one thread: hashes per second. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED"})
public class PdqBenchmark {
    private final PdqHasher hasher = new PdqHasher();
    private Pixels bridge;

    @Setup
    public void decode() {
        byte[] jpeg = BenchImages.read(BenchImages.BRIDGE);
        Pixels shared = ImageDecoder.imageIo(Long.MAX_VALUE).decode(jpeg, jpeg.length, BenchImages.BRIDGE);
        bridge = new Pixels(shared.samples().clone(), shared.offset(), shared.width(), shared.height(),
                shared.rowStride(), shared.format());
    }

    @Benchmark
    public PdqResult pdqOnDecodedPixels() {
        return hasher.hash(bridge);
    }
}
