package org.custos.bench.video;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.custos.video.VideoHasher;
import org.custos.video.VideoHashes;
import org.custos.video.VpdqOptions;
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
 * vPDQ on one core: a whole sample video per operation, decoded and (a) every frame converted and hashed with
 * PDQ, (b) one frame a second hashed, (c) only decoded (one frame hashed in all). Frames per second per core =
 * decoded frames / seconds per operation; the video's frame count is printed at setup. The sample videos are
 * read from {@code ../shared/pdq-vectors/tmk/sample-videos} (or {@code -Dcustos.shared=DIR}); full HD is a
 * synthetic H.264 video written at setup ({@link SyntheticVideo}), the sample set having none.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED"})
public class VideoHashBenchmark {
    @Param({"chair-orig-22-sd-bar", "doorknob-hd-no-bar", "synthetic-fhd"})
    public String video;

    private Path file;
    private final VideoHasher everyFrame = VideoHasher.create(VpdqOptions.EVERY_FRAME);
    private final VideoHasher onePerSecond = VideoHasher.create(VpdqOptions.ONE_PER_SECOND);
    private final VideoHasher decodeOnly = VideoHasher.create(VpdqOptions.EVERY_FRAME.withSecondsPerHash(1e6));

    @Setup
    public void locate() {
        file = video.equals("synthetic-fhd") ? fullHd() : SampleVideos.folder().resolve(video + ".mp4");
        VideoHashes hashes = everyFrame.hash(file);
        System.out.printf("%n%s: %dx%d, %d frames at %.2f frames/s%n", video, hashes.width(), hashes.height(),
                hashes.decodedFrames(), hashes.frameRate());
    }

    /** 150 frames of 1920x1080 H.264, written once into the temporary folder and reused by later forks. */
    static synchronized Path fullHd() {
        Path file = Path.of(System.getProperty("java.io.tmpdir"), "custos-bench-fhd-150.mp4");
        return Files.isRegularFile(file) ? file : SyntheticVideo.write(file, 1920, 1080, 150);
    }

    @Benchmark
    public VideoHashes decodeAndHashEveryFrame() {
        return everyFrame.hash(file);
    }

    @Benchmark
    public VideoHashes decodeAndHashOnePerSecond() {
        return onePerSecond.hash(file);
    }

    @Benchmark
    public VideoHashes decodeOnly() {
        return decodeOnly.hash(file);
    }

    /** Where the shared sample videos are. */
    static final class SampleVideos {
        private SampleVideos() {
        }

        static Path folder() {
            String configured = System.getProperty("custos.shared");
            List<String> roots = configured != null ? List.of(configured) : List.of("../shared", "../../shared");
            for (String root : roots) {
                Path candidate = Path.of(root, "pdq-vectors", "tmk", "sample-videos");
                if (Files.isDirectory(candidate)) {
                    return candidate;
                }
            }
            throw new IllegalStateException("sample videos not found under " + roots + "; set -Dcustos.shared");
        }
    }
}
