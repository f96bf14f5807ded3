package org.custos.hash;

/** The check every decoder makes on the declared size before it decodes a pixel. */
final class PixelLimit {
    private PixelLimit() {
    }

    static void check(String source, long width, long height, long maxPixels) {
        if (width <= 0 || height <= 0) {
            throw new CorruptImageException(source, "declares a zero or negative size " + width + "x" + height);
        }
        if (width * height > maxPixels) {
            throw new ImageTooLargeException(source, "declared pixel count " + width + "x" + height + " =",
                    width * height, maxPixels);
        }
    }
}
