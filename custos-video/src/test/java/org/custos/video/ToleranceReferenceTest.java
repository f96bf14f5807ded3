package org.custos.video;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.custos.video.match.MatchPercentages;
import org.custos.video.match.VpdqMatcher;
import org.custos.video.match.VpdqSignature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reference files that Meta made in other settings: {@code test-padded-dimensions} (swscale's SIMD path)
 * and the {@code -128x128} files (frames downsampled to 128x128 before PDQ). Frame numbers and timestamps must
 * be identical; hashes within vPDQ's tolerance: every frame within distance 31 of its reference frame, every
 * one of our matchable frames matching the reference video, and at least 95 % of the reference's matchable
 * frames matching ours (a frame near quality 50 may fall on either side of the quality filter). Measured:
 * {@code test-padded-dimensions} is exact on the SIMD path (and at most 4 bits off on the C path); the
 * downsampled files differ by up to 8-16 bits a frame (28 for the dark doorknob video), on either path, so Meta
 * made them with a different scaler.
 */
class ToleranceReferenceTest {
    static Stream<String> downsampledVideos() throws IOException {
        return ReferenceHashesTest.cPathVideos();
    }

    @ParameterizedTest
    @MethodSource("downsampledVideos")
    void downsampledTo128MatchesTheReferenceWithinTolerance(String name) {
        VideoHasher hasher = VideoHasher.create(VpdqOptions.EVERY_FRAME.withDownsample(128, 128));
        assertWithinTolerance(hasher.hash(SharedData.sampleVideos().resolve(name + ".mp4")), name + "-128x128");
    }

    @Test
    void paddedDimensionsOnTheCPathMatchTheSimdReferenceWithinTolerance() {
        VideoHasher hasher = VideoHasher.create(VpdqOptions.EVERY_FRAME);
        assertWithinTolerance(hasher.hash(SharedData.sampleVideos().resolve("test-padded-dimensions.mp4")),
                "test-padded-dimensions");
    }

    private static void assertWithinTolerance(VideoHashes hashes, String reference) {
        List<VpdqFrame> expected = read(reference);
        List<VpdqFrame> actual = hashes.frames();
        assertThat(actual).hasSameSizeAs(expected);
        int exact = 0;
        int worst = 0;
        for (int i = 0; i < expected.size(); i++) {
            VpdqFrame want = expected.get(i);
            VpdqFrame got = actual.get(i);
            assertThat(got.frameNumber()).isEqualTo(want.frameNumber());
            assertThat(VpdqFrame.formatSeconds(got.timestampSeconds()))
                    .isEqualTo(VpdqFrame.formatSeconds(want.timestampSeconds()));
            int distance = got.hash().distance(want.hash());
            worst = Math.max(worst, distance);
            exact += distance == 0 && got.quality() == want.quality() ? 1 : 0;
        }
        System.out.printf("%s: %d of %d frames exact, largest distance %d%n", reference, exact, expected.size(),
                worst);
        assertThat(worst).isLessThanOrEqualTo(31);
        MatchPercentages shares = VpdqMatcher.compare(VpdqSignature.of(actual), VpdqSignature.of(expected), 31);
        assertThat(shares.queryPercent()).isEqualTo(100);
        assertThat(shares.listedPercent()).isGreaterThanOrEqualTo(95);
    }

    private static List<VpdqFrame> read(String name) {
        try {
            return VpdqText.parse(Files.readString(SharedData.vpdqReference().resolve(name + ".txt")));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
