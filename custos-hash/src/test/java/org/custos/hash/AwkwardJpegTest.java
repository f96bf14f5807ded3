package org.custos.hash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * TwelveMonkeys' collection of awkward JPEGs (broken segments, bad ICC profiles, CMYK/YCCK, lossless, EXIF
 * orientations; all benign): each either hashes or gives a typed {@link ImageException}, never another exception,
 * and where both decoders read a file they agree bit for bit.
 */
class AwkwardJpegTest {
    private static final long LIMIT = HashOptions.DEFAULT_MAX_PIXELS;

    static Stream<String> jpegs() throws IOException {
        URL anchor = AwkwardJpegTest.class.getClassLoader().getResource("jpeg/gray-sample.jpg");
        assertThat(anchor).as("TwelveMonkeys imageio-jpeg tests jar on the test classpath").isNotNull();
        try (JarFile jar = ((JarURLConnection) anchor.openConnection()).getJarFile()) {
            return jar.stream().map(e -> e.getName()).filter(n -> n.matches(".*\\.jpe?g$")).sorted().toList()
                    .stream();
        }
    }

    @ParameterizedTest
    @MethodSource("jpegs")
    void hashesOrFailsWithATypedErrorAndBothDecodersAgree(String name) throws IOException {
        byte[] bytes = read(name);
        PdqResult fast = hashOrNull(new ImageHasher(HashOptions.DEFAULTS, ImageDecoder.best(LIMIT)), bytes, name);
        PdqResult pureJava =
                hashOrNull(new ImageHasher(HashOptions.DEFAULTS, ImageDecoder.imageIo(LIMIT)), bytes, name);
        if (fast != null && pureJava != null) {
            assertThat(fast).isEqualTo(pureJava);
        }
    }

    @Test
    void exifOrientationIsIgnoredSoTheDihedralHashesFindTheRotatedCopies() throws IOException {
        ImageHasher hasher = new ImageHasher(HashOptions.DEFAULTS.withDihedral(true));
        DihedralHashes upright = hasher.hash(read("exif/Landscape_1.jpg"), "Landscape_1").dihedral().orElseThrow();
        for (int orientation = 2; orientation <= 8; orientation++) {
            String name = "exif/Landscape_" + orientation + ".jpg";
            PdqHash stored = hasher.hash(read(name), name).pdq().hash();
            int nearest = upright.hashes().values().stream().mapToInt(stored::distance).min().orElseThrow();
            assertThat(stored.distance(upright.get(Dihedral.ORIGINAL))).as("orientation %d", orientation)
                    .isGreaterThan(nearest);
            assertThat(nearest).as("orientation %d", orientation).isLessThanOrEqualTo(31);
        }
    }

    private static PdqResult hashOrNull(ImageHasher hasher, byte[] bytes, String name) {
        try {
            PdqResult r = hasher.hash(bytes, name).pdq();
            assertThat(r.quality()).isBetween(0, 100);
            return r;
        } catch (ImageException e) {
            assertThat(e.source()).isEqualTo(name);
            return null;
        }
    }

    private static byte[] read(String name) throws IOException {
        try (InputStream in = AwkwardJpegTest.class.getClassLoader().getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}
