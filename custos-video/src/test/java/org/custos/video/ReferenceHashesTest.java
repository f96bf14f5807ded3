package org.custos.video;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * vPDQ of Meta's 14 sample videos against the reference files (every frame, full size): frame numbers,
 * timestamps, qualities and hashes line for line. The 13 videos hashed by Meta on swscale's C path must match
 * exactly, and {@code test-padded-dimensions}, made on the SIMD path, must match exactly on that path.
 */
class ReferenceHashesTest {
    private static final VideoHasher HASHER = VideoHasher.create(VpdqOptions.EVERY_FRAME);

    static Stream<String> cPathVideos() throws IOException {
        try (Stream<Path> files = Files.list(SharedData.sampleVideos())) {
            return files.map(p -> p.getFileName().toString().replace(".mp4", ""))
                    .filter(name -> !name.equals("test-padded-dimensions")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("cPathVideos")
    void everyFrameMatchesTheReferenceExactly(String name) throws IOException {
        VideoHashes hashes = HASHER.hash(SharedData.sampleVideos().resolve(name + ".mp4"));
        List<String> expected = Files.readAllLines(SharedData.vpdqReference().resolve(name + ".txt"));
        assertThat(hashes.toVpdqText().lines().toList()).containsExactlyElementsOf(expected);
    }

    /** The CPU-flag switch is process-wide: both paths at once, on two threads, must each stay exact. */
    @Test
    void bothPathsStayExactWhenHashingConcurrently() throws Exception {
        VideoHasher simd = VideoHasher.create(VpdqOptions.EVERY_FRAME.withSwscale(SwscalePath.SIMD));
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(2)) {
            var padded = pool.submit(() -> simd.hash(SharedData.sampleVideos().resolve("test-padded-dimensions.mp4")));
            var knob = pool.submit(() -> HASHER.hash(SharedData.sampleVideos().resolve("doorknob-hd-no-bar.mp4")));
            assertThat(padded.get().toVpdqText().lines().toList())
                    .containsExactlyElementsOf(Files.readAllLines(SharedData.vpdqReference()
                            .resolve("test-padded-dimensions.txt")));
            assertThat(knob.get().toVpdqText().lines().toList())
                    .containsExactlyElementsOf(Files.readAllLines(SharedData.vpdqReference()
                            .resolve("doorknob-hd-no-bar.txt")));
        }
    }

    @Test
    void paddedDimensionsMatchTheReferenceExactlyOnTheSimdPath() throws IOException {
        VideoHasher simd = VideoHasher.create(VpdqOptions.EVERY_FRAME.withSwscale(SwscalePath.SIMD));
        VideoHashes hashes = simd.hash(SharedData.sampleVideos().resolve("test-padded-dimensions.mp4"));
        List<String> expected = Files.readAllLines(SharedData.vpdqReference().resolve("test-padded-dimensions.txt"));
        assertThat(hashes.toVpdqText().lines().toList()).containsExactlyElementsOf(expected);
    }
}
