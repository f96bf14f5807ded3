package org.custos.video;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VideoSnifferTest {
    @TempDir
    Path dir;

    @Test
    void everySampleVideoIsAVideo() throws IOException {
        try (Stream<Path> videos = Files.list(SharedData.sampleVideos())) {
            assertThat(videos.toList()).isNotEmpty().allMatch(VideoSniffer::isVideo);
        }
    }

    @Test
    void imagesTextAndAudioAreNot() throws IOException {
        assertThat(VideoSniffer.isVideo(SharedData.require("pdq-vectors/pdq/data/bridge-mods/aaa-orig.jpg")))
                .isFalse();
        assertThat(VideoSniffer.isVideo(SharedData.require("pdq-vectors/generated/synthetic-tiny-4x4.png")))
                .isFalse();
        assertThat(VideoSniffer.isVideo(Files.writeString(dir.resolve("a.txt"), "hello, world"))).isFalse();
        assertThat(VideoSniffer.isVideo("RIFF\0\0\0\0WAVE".getBytes())).isFalse();
        assertThat(VideoSniffer.isVideo(dir.resolve("absent"))).isFalse();
    }

    @Test
    void theOtherContainersAreRecognisedByTheirSignatures() {
        assertThat(VideoSniffer.isVideo(new byte[] {0x1a, 0x45, (byte) 0xdf, (byte) 0xa3, 1, 0, 0, 0})).isTrue();
        assertThat(VideoSniffer.isVideo("RIFF\0\0\0\0AVI LIST".getBytes())).isTrue();
        assertThat(VideoSniffer.isVideo("FLV\1\5\0\0\0\11".getBytes())).isTrue();
        assertThat(VideoSniffer.isVideo("OggS\0\2".getBytes())).isTrue();
        assertThat(VideoSniffer.isVideo(new byte[] {0x47, 0x40, 0x00, 0x10})).isTrue();
    }
}
