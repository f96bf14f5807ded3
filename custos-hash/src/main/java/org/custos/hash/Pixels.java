package org.custos.hash;

import org.custos.Preconditions;

/**
 * A view of decoded 8-bit pixels: row {@code y} starts at {@code offset + y·rowStride} in {@code samples}, and each
 * pixel is {@link PixelFormat#bytesPerPixel()} bytes. The array is shared, not copied: whoever decodes owns it.
 */
public record Pixels(byte[] samples, int offset, int width, int height, int rowStride, PixelFormat format) {
    public Pixels {
        Preconditions.checkNotNull(samples, "samples");
        Preconditions.checkNotNull(format, "format");
        Preconditions.check(width >= 0 && height >= 0, "image size must not be negative, was %dx%d", width, height);
        Preconditions.check(offset >= 0, "offset must not be negative, was %d", offset);
        Preconditions.check(rowStride >= (long) width * format.bytesPerPixel(),
                "row stride %d is shorter than %d pixels of %s", rowStride, width, format);
        long needed = height == 0 ? 0
                : offset + (long) (height - 1) * rowStride + (long) width * format.bytesPerPixel();
        Preconditions.check(needed <= samples.length,
                "%dx%d %s pixels with row stride %d need %d bytes, the buffer has %d",
                width, height, format, rowStride, needed, samples.length);
    }

    /** Tightly packed pixels starting at index 0. */
    public static Pixels packed(byte[] samples, int width, int height, PixelFormat format) {
        return new Pixels(samples, 0, width, height, width * format.bytesPerPixel(), format);
    }
}
