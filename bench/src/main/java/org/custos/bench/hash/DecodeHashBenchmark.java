package org.custos.bench.hash;

import java.util.concurrent.TimeUnit;
import org.custos.hash.FileDigests;
import org.custos.hash.HashOptions;
import org.custos.hash.ImageDecoder;
import org.custos.hash.ImageHash;
import org.custos.hash.ImageHasher;
import org.custos.hash.PdqHasher;
import org.custos.hash.PdqResult;
import org.custos.hash.Pixels;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * (b) From JPEG bytes in memory to PDQ + digests, per file: {@code all} is what {@code custos hash} does per file
 * (digests on a virtual thread beside the decode), {@code sequential} the same work on one thread (the one-core
 * cost), {@code decodeOnly} the decoder alone. {@code decoder}: {@code native} is libjpeg-turbo through FFM,
 * {@code java} the pure-Java ImageIO path.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED"})
public class DecodeHashBenchmark {
    @Param({"1.6MP", "12MP"})
    String image;

    @Param({"native", "java"})
    String decoder;

    private byte[] jpeg;
    private ImageDecoder imageDecoder;
    private ImageHasher hasher;
    private final PdqHasher pdq = new PdqHasher();

    @Setup
    public void read() {
        jpeg = BenchImages.read(image.equals("12MP") ? BenchImages.PHONE : BenchImages.BRIDGE);
        long limit = HashOptions.DEFAULT_MAX_PIXELS;
        if (decoder.equals("native") && !ImageDecoder.nativeJpeg()) {
            throw new IllegalStateException("libturbojpeg.so.0 is not installed: apt-get install libturbojpeg0");
        }
        imageDecoder = decoder.equals("native") ? ImageDecoder.best(limit) : ImageDecoder.imageIo(limit);
        hasher = new ImageHasher(HashOptions.DEFAULTS, imageDecoder);
    }

    @Benchmark
    public ImageHash all() {
        return hasher.hash(jpeg, image);
    }

    @Benchmark
    public PdqResult sequential() {
        FileDigests digests = FileDigests.of(jpeg);
        PdqResult result = pdq.hash(imageDecoder.decode(jpeg, jpeg.length, image));
        return digests.md5().isEmpty() ? null : result;
    }

    @Benchmark
    public Pixels decodeOnly() {
        return imageDecoder.decode(jpeg, jpeg.length, image);
    }
}
