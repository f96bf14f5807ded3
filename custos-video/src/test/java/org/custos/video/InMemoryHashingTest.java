package org.custos.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Hashing a video from memory yields exactly the frames, info and digests of hashing its file, and damaged bytes
 * give the same typed errors, naming the label. The second hash of each file also checks that a custom IO context
 * is reusable after the first was freed (a leak of the callback registry would show as a failure to find it).
 */
class InMemoryHashingTest {
    private static final VideoHasher HASHER = VideoHasher.create(VpdqOptions.EVERY_FRAME);

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"chair-22-sd-sepia-bar.mp4", "doorknob-hd-no-bar.mp4", "pattern-sd-grey-bar.mp4",
            "chair-orig-22-sd-bar.mp4"})
    void memoryGivesTheFramesOfTheFile(String name) throws IOException {
        Path file = SharedData.sampleVideos().resolve(name);
        VideoHashes fromFile = HASHER.hash(file);
        VideoHashes fromMemory = HASHER.hash(Files.readAllBytes(file), "upload-" + name);
        assertThat(fromMemory.frames()).isNotEmpty().isEqualTo(fromFile.frames());
        assertThat(fromMemory.info()).isEqualTo(fromFile.info());
    }

    @Test
    void truncatedBytesAreUnreadableAsInAFile() throws IOException {
        byte[] whole = Files.readAllBytes(SharedData.sampleVideos().resolve("doorknob-hd-no-bar.mp4"));
        for (double fraction : new double[] {0.02, 0.5, 0.9}) {
            byte[] cut = Arrays.copyOf(whole, (int) (whole.length * fraction));
            Path file = Files.write(dir.resolve("cut.mp4"), cut);
            Class<?> fileError = errorOf(() -> HASHER.hash(file));
            assertThatThrownBy(() -> HASHER.hash(cut, "cut-upload")).as("cut at %s", fraction)
                    .isInstanceOf(VideoException.Unreadable.class).isInstanceOf(fileError)
                    .hasMessageContaining("cut-upload");
        }
    }

    @Test
    void garbageIsUnreadable() {
        byte[] noise = new byte[64 * 1024];
        new Random(7).nextBytes(noise);
        assertThatThrownBy(() -> HASHER.hash(noise, "noise")).isInstanceOf(VideoException.Unreadable.class)
                .hasMessageContaining("noise");
        assertThatThrownBy(() -> HASHER.hash(new byte[0], "empty")).isInstanceOf(VideoException.Unreadable.class);
    }

    @Test
    void limitsApplyToMemoryAsToFiles() throws IOException {
        byte[] hd = Files.readAllBytes(SharedData.sampleVideos().resolve("doorknob-hd-no-bar.mp4"));
        VideoHasher small = VideoHasher.create(VpdqOptions.EVERY_FRAME.withLimits(new VideoLimits(640 * 480, 3600, 1000)));
        assertThatThrownBy(() -> small.hash(hd, "hd")).isInstanceOf(VideoException.LimitExceeded.class);
    }

    @Test
    void everyPathClosesItsInput() throws IOException {
        byte[] whole = Files.readAllBytes(SharedData.sampleVideos().resolve("chair-22-sd-sepia-bar.mp4"));
        HASHER.hash(whole, "whole");
        assertThatThrownBy(() -> HASHER.hash(Arrays.copyOf(whole, whole.length / 2), "half"))
                .isInstanceOf(VideoException.class);
        assertThatThrownBy(() -> HASHER.hash(whole, "stopped", frame -> {
            throw new IllegalStateException("the consumer stops mid-stream");
        })).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> HASHER.hash(new byte[100], "zeros")).isInstanceOf(VideoException.class);
        assertThat(MemoryInput.openCount()).isZero();
    }

    @Test
    void concurrentInputsEachReadTheirOwnBytes() throws Exception {
        byte[] chair = Files.readAllBytes(SharedData.sampleVideos().resolve("chair-22-sd-sepia-bar.mp4"));
        byte[] pattern = Files.readAllBytes(SharedData.sampleVideos().resolve("pattern-sd-grey-bar.mp4"));
        VideoHashes chairAlone = HASHER.hash(chair, "chair");
        VideoHashes patternAlone = HASHER.hash(pattern, "pattern");
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(2)) {
            var chairTogether = pool.submit(() -> HASHER.hash(chair, "chair"));
            var patternTogether = pool.submit(() -> HASHER.hash(pattern, "pattern"));
            assertThat(chairTogether.get().frames()).isEqualTo(chairAlone.frames());
            assertThat(patternTogether.get().frames()).isEqualTo(patternAlone.frames());
        }
        assertThat(MemoryInput.openCount()).isZero();
    }

    @Test
    void aLabelIsRequired() {
        assertThatThrownBy(() -> HASHER.hash(new byte[10], " ")).hasMessageContaining("label");
    }

    private static Class<?> errorOf(Runnable hashing) {
        try {
            hashing.run();
            return Void.class;
        } catch (VideoException e) {
            return e.getClass();
        }
    }
}
