package org.custos.hash;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** A 50 MP image hashes with one decoded raster and a working set that does not grow with the image area. */
class BoundedMemoryTest {
    private static final int WIDTH = 8660;
    private static final int HEIGHT = 5774;

    @Test
    void pdqWorkingMemoryIsAFewRowsNotACopyOfTheImage() {
        PdqHasher hasher = new PdqHasher();
        byte[] rgb = new byte[3 * WIDTH * HEIGHT];
        for (int i = 0; i < rgb.length; i++) {
            rgb[i] = (byte) (i / 3 % WIDTH / 34 + i / (3 * WIDTH) / 23);
        }
        assertThat(hasher.hashRgb24(rgb, WIDTH, HEIGHT, 3 * WIDTH).quality()).isPositive();
        int window = (HEIGHT + 127) / 128;
        // ring of window + two blocks, blocks of luminance, column-pass output and row sums, a two-block lane tile
        long bound = (long) WIDTH * (window + 7 * 16 + 8) + 2L * 64 * HEIGHT + 4096;
        assertThat(hasher.workingFloats()).isLessThanOrEqualTo(bound).isLessThan((long) WIDTH * HEIGHT / 20);
    }

    @Test
    void nativeDecodeOfFiftyMegapixelsAllocatesOneRaster() throws IOException {
        Assumptions.assumeTrue(ImageDecoder.nativeJpeg(), "skipped: libturbojpeg.so.0 is not installed");
        byte[] jpeg = fiftyMegapixelJpeg();
        ImageDecoder decoder = ImageDecoder.best(HashOptions.DEFAULT_MAX_PIXELS);
        long before = allocated();
        Pixels pixels = decoder.decode(jpeg, jpeg.length, "50mp.jpg");
        long used = allocated() - before;
        assertThat(pixels.width() * (long) pixels.height()).isEqualTo((long) WIDTH * HEIGHT);
        assertThat(used).isBetween(3L * WIDTH * HEIGHT, 3L * WIDTH * HEIGHT + (4L << 20));
        before = allocated();
        decoder.decode(jpeg, jpeg.length, "50mp.jpg");
        assertThat(allocated() - before).as("the raster is reused").isLessThan(4L << 20);
    }

    private static long allocated() {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        return threads.getCurrentThreadAllocatedBytes();
    }

    private static byte[] fiftyMegapixelJpeg() throws IOException {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_3BYTE_BGR);
        byte[] data = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0, i = y * WIDTH * 3; x < WIDTH; x++, i += 3) {
                data[i] = (byte) (x / 40);
                data[i + 1] = (byte) (y / 30);
                data[i + 2] = (byte) ((x / 97 + y / 89) * 40);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(8 << 20);
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }
}
