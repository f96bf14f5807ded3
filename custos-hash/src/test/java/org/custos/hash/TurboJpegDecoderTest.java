package org.custos.hash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Where libjpeg-turbo is installed, the fast path decodes every JPEG to the very samples the pure-Java path gives. */
class TurboJpegDecoderTest {
    private static final long LIMIT = HashOptions.DEFAULT_MAX_PIXELS;

    static Stream<Path> jpegs() throws IOException {
        try (Stream<Path> files = Files.walk(SharedData.pdqVectors())) {
            return files.filter(p -> p.toString().matches(".*\\.(jpg|jpeg)$")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("jpegs")
    void givesTheSameSamplesAsThePureJavaDecoder(Path file) throws IOException {
        Assumptions.assumeTrue(ImageDecoder.nativeJpeg(), "skipped: libturbojpeg.so.0 is not installed");
        byte[] bytes = Files.readAllBytes(file);
        Pixels pureJava = ImageDecoder.imageIo(LIMIT).decode(bytes, bytes.length, file.toString());
        Pixels turbo = ImageDecoder.best(LIMIT).decode(bytes, bytes.length, file.toString());
        assertThat(turbo.width()).isEqualTo(pureJava.width());
        assertThat(turbo.height()).isEqualTo(pureJava.height());
        assertThat(firstDifference(turbo, pureJava)).as("first differing pixel").isEqualTo("none");
        assertThat(new PdqHasher().hash(turbo)).isEqualTo(new PdqHasher().hash(pureJava));
    }

    @Test
    void truncatedJpegIsCorruptOnTheFastPathToo() throws IOException {
        Assumptions.assumeTrue(ImageDecoder.nativeJpeg(), "skipped: libturbojpeg.so.0 is not installed");
        byte[] whole = BadInputTest.encode(BadInputTest.gradient(300, 200), "jpg");
        byte[] half = java.util.Arrays.copyOf(whole, whole.length / 2);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> ImageDecoder.best(LIMIT).decode(half, half.length, "half.jpg"))
                .isInstanceOf(CorruptImageException.class).hasMessageContaining("Premature end");
    }

    private static String firstDifference(Pixels a, Pixels b) {
        for (int y = 0; y < a.height(); y++) {
            for (int x = 0; x < a.width(); x++) {
                int[] p = rgb(a, x, y);
                int[] q = rgb(b, x, y);
                if (p[0] != q[0] || p[1] != q[1] || p[2] != q[2]) {
                    return x + "," + y;
                }
            }
        }
        return "none";
    }

    private static int[] rgb(Pixels p, int x, int y) {
        int at = p.offset() + y * p.rowStride() + x * p.format().bytesPerPixel();
        PixelFormat f = p.format();
        byte[] s = p.samples();
        return new int[] {s[at + f.red()] & 0xff, s[at + f.green()] & 0xff, s[at + f.blue()] & 0xff};
    }
}
