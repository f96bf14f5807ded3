package org.custos.hash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Inputs that are not whole images give a typed error naming the problem, never a hash. */
class BadInputTest {
    private final ImageHasher hasher = new ImageHasher();

    @Test
    void emptyFileIsUnsupported() {
        assertThatThrownBy(() -> hasher.hash(new byte[0], "empty.jpg"))
                .isInstanceOf(UnsupportedImageException.class).hasMessage("empty.jpg: empty file");
    }

    @Test
    void textIsNotAnImage() {
        byte[] text = "just some text, no pixels here\n".repeat(20).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> hasher.hash(text, "notes.txt"))
                .isInstanceOf(UnsupportedImageException.class).hasMessageContaining("not a recognised image format");
    }

    @ParameterizedTest
    @ValueSource(strings = {"jpg", "png", "gif", "bmp"})
    void truncatedFilesAreCorrupt(String format) throws IOException {
        byte[] whole = encode(gradient(120, 90), format);
        assertThat(hasher.hash(whole, "whole." + format).pdq().quality()).isPositive();
        byte[] half = Arrays.copyOf(whole, whole.length / 2);
        assertThatThrownBy(() -> hasher.hash(half, "half." + format)).isInstanceOf(CorruptImageException.class)
                .hasMessageStartingWith("half." + format + ": ");
    }

    @Test
    void garbageAfterAJpegHeaderIsCorrupt() throws IOException {
        byte[] jpeg = encode(gradient(64, 48), "jpg");
        for (int i = 200; i < jpeg.length - 2; i++) {
            jpeg[i] = (byte) (i * 31);
        }
        assertThatThrownBy(() -> hasher.hash(jpeg, "garbled.jpg")).isInstanceOf(ImageException.class);
    }

    @Test
    void zeroSizeImageIsCorrupt() throws IOException {
        byte[] png = encode(gradient(16, 16), "png");
        png[16] = png[17] = png[18] = png[19] = 0; // IHDR width = 0
        assertThatThrownBy(() -> hasher.hash(png, "zero.png")).isInstanceOf(CorruptImageException.class);
    }

    @Test
    void declaredPixelCountAboveTheLimitIsRefusedBeforeDecoding() throws IOException {
        var small = new ImageHasher(HashOptions.DEFAULTS.withMaxPixels(100 * 100));
        byte[] png = encode(gradient(200, 100), "png");
        assertThatThrownBy(() -> small.hash(png, "big.png")).isInstanceOf(ImageTooLargeException.class)
                .hasMessageContaining("200x100").hasMessageContaining("limit of 10000");
    }

    @Test
    void missingFileAndDirectoryAreReadErrors(@TempDir Path dir) {
        assertThatThrownBy(() -> hasher.hash(dir.resolve("absent.jpg"))).isInstanceOf(FileReadException.class);
        assertThatThrownBy(() -> hasher.hash(dir)).isInstanceOf(FileReadException.class);
    }

    @Test
    void digestsAreOfTheFileBytes(@TempDir Path dir) throws IOException {
        byte[] png = encode(gradient(30, 20), "png");
        Path file = Files.write(dir.resolve("g.png"), png);
        ImageHash h = hasher.hash(file);
        assertThat(h.size()).isEqualTo(png.length);
        assertThat(h.digests()).isEqualTo(FileDigests.of(png));
        assertThat(FileDigests.of("abc".getBytes(StandardCharsets.US_ASCII))).isEqualTo(new FileDigests(
                "900150983cd24fb0d6963f7d28e17f72", "a9993e364706816aba3e25717850c26c9cd0d89d",
                "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    }

    static BufferedImage gradient(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                img.setRGB(x, y, (x * 255 / w) << 16 | (y * 255 / h) << 8 | ((x ^ y) & 0xff));
            }
        }
        return img;
    }

    static byte[] encode(BufferedImage img, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(img, format, out)).isTrue();
        return out.toByteArray();
    }
}
