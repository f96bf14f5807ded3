package org.custos.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.custos.hash.FileDigests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Damaged, foreign, audio-only, frameless and over-limit inputs give typed errors that name the problem. */
class BadInputTest {
    private static final VideoHasher HASHER = VideoHasher.create(VpdqOptions.EVERY_FRAME);

    @TempDir
    Path dir;

    @Test
    void aMissingFileIsUnreadable() {
        assertThatThrownBy(() -> HASHER.hash(dir.resolve("absent.mp4")))
                .isInstanceOf(VideoException.Unreadable.class).hasMessageContaining("absent.mp4");
    }

    @Test
    void randomBytesAreNotAVideo() throws IOException {
        byte[] noise = new byte[64 * 1024];
        new Random(7).nextBytes(noise);
        Path file = Files.write(dir.resolve("noise.mp4"), noise);
        assertThatThrownBy(() -> HASHER.hash(file)).isInstanceOf(VideoException.Unreadable.class)
                .hasMessageContaining("noise.mp4");
    }

    @Test
    void aTextFileIsNotAVideo() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.mp4"), "these are not the frames you are looking for\n");
        assertThatThrownBy(() -> HASHER.hash(file)).isInstanceOf(VideoException.Unreadable.class);
    }

    @Test
    void aPlaylistCannotMakeFfmpegReadOtherFiles() throws IOException {
        Path file = Files.writeString(dir.resolve("list.m3u8"), "#EXTM3U\n#EXTINF:1,\n"
                + SharedData.sampleVideos().resolve("doorknob-hd-no-bar.mp4").toAbsolutePath() + "\n");
        assertThatThrownBy(() -> HASHER.hash(file)).isInstanceOf(VideoException.Unreadable.class);
    }

    @Test
    void aTruncatedVideoIsUnreadableNotShort() throws IOException {
        byte[] whole = Files.readAllBytes(SharedData.sampleVideos().resolve("doorknob-hd-no-bar.mp4"));
        for (double fraction : new double[] {0.02, 0.5, 0.9}) {
            Path file = Files.write(dir.resolve("cut-" + fraction + ".mp4"),
                    Arrays.copyOf(whole, (int) (whole.length * fraction)));
            assertThatThrownBy(() -> HASHER.hash(file)).as("cut at %s", fraction)
                    .isInstanceOf(VideoException.Unreadable.class);
        }
    }

    @Test
    void anAudioOnlyFileHasNoVideoStream() throws IOException {
        Path file = Files.write(dir.resolve("tone.wav"), wav(8000, 8000));
        assertThatThrownBy(() -> HASHER.hash(file)).isInstanceOf(VideoException.NoVideoStream.class)
                .hasMessageContaining("no video stream");
    }

    /** An AVI declaring a video stream with no frame (FFmpeg's MP4 demuxer drops such a track altogether). */
    @Test
    void aVideoStreamWithoutFramesHasNoFrames() {
        Path file = EmptyVideos.write(dir.resolve("empty.avi"), "avi");
        assertThatThrownBy(() -> HASHER.hash(file)).isInstanceOf(VideoException.NoFrames.class)
                .hasMessageContaining("no decodable frame");
    }

    @Test
    void framesLargerThanTheLimitAreRefusedBeforeDecoding() {
        VideoHasher strict = VideoHasher.create(VpdqOptions.EVERY_FRAME.withLimits(
                new VideoLimits(640 * 360, 3600, 1_000_000)));
        assertThatThrownBy(() -> strict.hash(SharedData.sampleVideos().resolve("doorknob-hd-no-bar.mp4")))
                .isInstanceOf(VideoException.LimitExceeded.class).hasMessageContaining("pixels");
    }

    @Test
    void aVideoLongerThanTheLimitIsRefused() {
        VideoHasher strict = VideoHasher.create(VpdqOptions.EVERY_FRAME.withLimits(
                new VideoLimits(VideoLimits.DEFAULT.maxPixelsPerFrame(), 2, 1_000_000)));
        assertThatThrownBy(() -> strict.hash(SharedData.sampleVideos().resolve("doorknob-hd-no-bar.mp4")))
                .isInstanceOf(VideoException.LimitExceeded.class).hasMessageContaining("duration");
    }

    @Test
    void moreFramesThanTheLimitAreRefused() {
        VideoHasher strict = VideoHasher.create(VpdqOptions.EVERY_FRAME.withLimits(
                new VideoLimits(VideoLimits.DEFAULT.maxPixelsPerFrame(), 3600, 50)));
        assertThatThrownBy(() -> strict.hash(SharedData.sampleVideos().resolve("doorknob-hd-no-bar.mp4")))
                .isInstanceOf(VideoException.LimitExceeded.class).hasMessageContaining("50 frames");
    }

    @Test
    void theMd5IsTheOneMetasWasmTableStatesForTheVideo() throws IOException {
        Path video = SharedData.sampleVideos().resolve("chair-19-sd-bar.mp4");
        assertThat(digestsOf(video).md5()).isEqualTo(md5FromMetasWasmTable("chair-19-sd-bar.mp4"));
    }

    @Test
    void sampledOncePerSecondKeepsEveryThirtiethFrameAt30FramesPerSecond() {
        VideoHashes hashes = VideoHasher.create(VpdqOptions.ONE_PER_SECOND)
                .hash(SharedData.sampleVideos().resolve("doorknob-hd-no-bar.mp4"));
        assertThat(hashes.frames()).extracting(VpdqFrame::frameNumber).containsExactly(0L, 30L, 60L, 90L);
        assertThat(hashes.decodedFrames()).isEqualTo(120);
        assertThat(hashes.frameRate()).isEqualTo(30.0);
    }

    @Test
    void streamingHandsOverTheSameFramesWithoutKeepingThem() {
        Path video = SharedData.sampleVideos().resolve("doorknob-hd-no-bar.mp4");
        java.util.List<String> streamed = new java.util.ArrayList<>();
        VideoInfo info = VideoHasher.create(VpdqOptions.ONE_PER_SECOND).hash(video, f -> streamed.add(f.toLine()));
        assertThat(info.decodedFrames()).isEqualTo(120);
        assertThat(info.width()).isEqualTo(1280);
        assertThat(streamed).containsExactlyElementsOf(VideoHasher.create(VpdqOptions.ONE_PER_SECOND).hash(video)
                .frames().stream().map(VpdqFrame::toLine).toList());
    }

    /** The hash column of pdq/wasm/test/TestData/PDQMD5TestData.csv for a sample video. */
    private static String md5FromMetasWasmTable(String video) {
        try {
            return Files.readAllLines(SharedData.require("pdq-vectors/pdq/wasm/test/TestData/PDQMD5TestData.csv"))
                    .stream().filter(l -> l.contains(video)).map(l -> l.substring(l.lastIndexOf(',') + 1))
                    .findFirst().orElseThrow().strip();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A mono 16-bit PCM WAV of {@code samples} samples of a 440 Hz tone. */
    private static byte[] wav(int rate, int samples) {
        ByteBuffer b = ByteBuffer.allocate(44 + 2 * samples).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes()).putInt(36 + 2 * samples).put("WAVE".getBytes());
        b.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 1).putInt(rate).putInt(rate * 2)
                .putShort((short) 2).putShort((short) 16);
        b.put("data".getBytes()).putInt(2 * samples);
        for (int i = 0; i < samples; i++) {
            b.putShort((short) (8000 * Math.sin(2 * Math.PI * 440 * i / rate)));
        }
        return b.array();
    }

    private static FileDigests digestsOf(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            return FileDigests.of(in);
        }
    }
}
