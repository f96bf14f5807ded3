package org.custos.bench.video;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Random;
import java.util.function.LongSupplier;
import org.custos.hash.PdqHasher;
import org.custos.video.VideoHasher;
import org.custos.video.VpdqOptions;

/**
 * Frames per second per core measured in CPU time of the hashing thread, which a shared machine disturbs far less
 * than wall-clock time: for each video, decode only, decode + RGB + PDQ of every frame, and PDQ alone on a frame
 * of the same size. Run: {@code java -cp bench/target/benchmarks.jar org.custos.bench.video.VideoCpuTime [rounds]}.
 */
public final class VideoCpuTime {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private VideoCpuTime() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path samples = VideoHashBenchmark.SampleVideos.folder();
        measure(samples.resolve("chair-orig-22-sd-bar.mp4"), rounds);
        measure(samples.resolve("doorknob-hd-no-bar.mp4"), rounds);
        measure(samples.resolve("pattern-hd-no-bar.mp4"), rounds);
        measure(VideoHashBenchmark.fullHd(), rounds);
    }

    private static void measure(Path video, int rounds) {
        VideoHasher every = VideoHasher.create(VpdqOptions.EVERY_FRAME);
        VideoHasher decode = VideoHasher.create(VpdqOptions.EVERY_FRAME.withSecondsPerHash(1e6));
        var hashes = every.hash(video);
        long frames = hashes.decodedFrames();
        byte[] rgb = new byte[3 * hashes.width() * hashes.height()];
        new Random(1).nextBytes(rgb);
        PdqHasher pdq = new PdqHasher();
        double full = best(rounds, () -> cpu(() -> every.hash(video)));
        double decodeOnly = best(rounds, () -> cpu(() -> decode.hash(video)));
        double pdqOnly = best(rounds, () -> cpu(() -> {
            for (int i = 0; i < frames; i++) {
                pdq.hashRgb24(rgb, hashes.width(), hashes.height(), 3 * hashes.width());
            }
        }));
        System.out.printf("%-28s %4dx%-4d %4d frames | decode+PDQ %6.1f frames/s (%5.2f ms) | decode only %6.1f "
                        + "(%5.2f ms) | PDQ alone %5.2f ms | RGB conversion ~%5.2f ms%n", video.getFileName(),
                hashes.width(), hashes.height(), frames, frames / full, 1000 * full / frames, frames / decodeOnly,
                1000 * decodeOnly / frames, 1000 * pdqOnly / frames, 1000 * (full - decodeOnly - pdqOnly) / frames);
    }

    /** The least CPU seconds of {@code rounds} runs. */
    private static double best(int rounds, LongSupplier run) {
        long least = Long.MAX_VALUE;
        for (int r = 0; r < rounds; r++) {
            least = Math.min(least, run.getAsLong());
        }
        return least / 1e9;
    }

    private static long cpu(Runnable work) {
        long start = THREADS.getCurrentThreadCpuTime();
        work.run();
        return THREADS.getCurrentThreadCpuTime() - start;
    }
}
