package org.custos.hash;

/**
 * Decodes the first image of a file's bytes to exact 8-bit samples (see {@link RasterPixels} for the rules).
 * Implementations refuse an image whose declared pixel count is above their limit before decoding any pixel, and
 * throw an {@link ImageException} (never return a partial image) for empty, unknown, corrupt or truncated input.
 * A decoder may reuse its pixel buffer: the pixels it returns are valid until its next call, so use one decoder
 * per thread.
 */
public interface ImageDecoder {
    /** Decodes {@code content[0, length)}; {@code source} names the input in errors. */
    Pixels decode(byte[] content, int length, String source);

    /** The pure-Java decoder (ImageIO with the TwelveMonkeys plugins), refusing more than {@code maxPixels}. */
    static ImageDecoder imageIo(long maxPixels) {
        return new ImageIoDecoder(maxPixels);
    }

    /**
     * The fastest decoder available here: libjpeg-turbo for JPEG where {@code libturbojpeg.so.0} is installed
     * (same samples as ImageIO), ImageIO for everything else. {@code -Dcustos.turbojpeg.disabled=true} turns the
     * native path off.
     */
    static ImageDecoder best(long maxPixels) {
        ImageDecoder pureJava = imageIo(maxPixels);
        return TurboJpeg.library().<ImageDecoder>map(tj -> new TurboJpegDecoder(tj, maxPixels, pureJava))
                .orElse(pureJava);
    }

    /** Whether {@link #best} decodes JPEG with libjpeg-turbo on this machine. */
    static boolean nativeJpeg() {
        return TurboJpeg.library().isPresent();
    }
}
