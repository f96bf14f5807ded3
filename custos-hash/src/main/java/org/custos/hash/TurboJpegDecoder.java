package org.custos.hash;

import java.lang.foreign.MemorySegment;
import java.lang.ref.Cleaner;

/*
 * JPEG decoding with libjpeg-turbo (the fast path), giving the same samples as the pure-Java path: both use
 * libjpeg's accurate integer IDCT, "fancy" (triangle) chroma upsampling and the same fixed-point YCbCr -> RGB
 * tables. Where the two libraries differ, the file goes to the pure-Java decoder instead: libjpeg-turbo's 4:4:0 and
 * 4:1:1 upsampling differs from the JDK's libjpeg 6b, and CMYK/YCCK need the ICC conversion TwelveMonkeys does.
 * Files that libjpeg-turbo cannot read at all (fatal errors) also go there, so that errors read the same on both
 * paths. A truncated file (libjpeg's "Premature end of JPEG file" warning) is corrupt on both.
 *
 * Thread-confined: one TurboJPEG handle and one output buffer, reused; the pixels returned are valid until the
 * next call.
 */
final class TurboJpegDecoder implements ImageDecoder {
    private static final Cleaner CLEANER = Cleaner.create();
    private static final int SUBSAMPLING_GREY = 3;

    private final TurboJpeg tj;
    private final ImageDecoder fallback;
    private final long maxPixels;
    private final MemorySegment handle;
    private final int[] header = new int[4];
    private byte[] buffer = new byte[0];

    TurboJpegDecoder(TurboJpeg tj, long maxPixels, ImageDecoder fallback) {
        this.tj = tj;
        this.maxPixels = maxPixels;
        this.fallback = fallback;
        this.handle = init(tj);
        MemorySegment h = handle;
        CLEANER.register(this, () -> release(tj, h));
    }

    @Override
    public Pixels decode(byte[] content, int length, String source) {
        if (!JpegHeader.isJpeg(content, length) || !readHeader(content, length) || !sameAsPureJava()) {
            return fallback.decode(content, length, source);
        }
        int width = header[0];
        int height = header[1];
        PixelLimit.check(source, width, height, maxPixels);
        boolean grey = header[2] == SUBSAMPLING_GREY;
        int bytesPerPixel = grey ? 1 : 3;
        int size = Math.toIntExact((long) width * height * bytesPerPixel);
        if (buffer.length < size) {
            buffer = new byte[size];
        }
        int rc = decompress(content, length, width, height, grey ? TurboJpeg.PIXEL_GREY : TurboJpeg.PIXEL_RGB);
        if (rc != 0 && !acceptable(source)) {
            return fallback.decode(content, length, source);
        }
        return new Pixels(buffer, 0, width, height, width * bytesPerPixel, grey ? PixelFormat.GREY : PixelFormat.RGB);
    }

    /** Subsampling 4:4:4, 4:2:2, 4:2:0 or grey, colour space YCbCr, RGB or grey. */
    private boolean sameAsPureJava() {
        return header[2] <= SUBSAMPLING_GREY && header[3] <= 2;
    }

    /** After a non-zero return: a truncation is corrupt, another warning is fine, a fatal error is not ours. */
    private boolean acceptable(String source) {
        String message = tj.message(handle);
        if (ImageIoDecoder.meansTruncated(message)) {
            throw new CorruptImageException(source, "truncated image data (" + message + ")");
        }
        return tj.code(handle) == TurboJpeg.ERROR_WARNING;
    }

    private boolean readHeader(byte[] content, int length) {
        MemorySegment ints = MemorySegment.ofArray(header);
        try {
            int rc = (int) tj.decompressHeader3.invokeExact(handle, MemorySegment.ofArray(content), (long) length,
                    ints, ints.asSlice(4), ints.asSlice(8), ints.asSlice(12));
            return rc == 0;
        } catch (Throwable e) {
            throw new IllegalStateException("libjpeg-turbo header call failed", e);
        }
    }

    private int decompress(byte[] content, int length, int width, int height, int pixelFormat) {
        try {
            return (int) tj.decompress2.invokeExact(handle, MemorySegment.ofArray(content), (long) length,
                    MemorySegment.ofArray(buffer), width, 0, height, pixelFormat, TurboJpeg.FLAG_ACCURATE_DCT);
        } catch (Throwable e) {
            throw new IllegalStateException("libjpeg-turbo decode call failed", e);
        }
    }

    private static MemorySegment init(TurboJpeg tj) {
        try {
            MemorySegment h = (MemorySegment) tj.initDecompress.invokeExact();
            if (h.equals(MemorySegment.NULL)) {
                throw new IllegalStateException("tjInitDecompress failed");
            }
            return h;
        } catch (Throwable e) {
            throw new IllegalStateException("libjpeg-turbo could not start", e);
        }
    }

    private static void release(TurboJpeg tj, MemorySegment handle) {
        try {
            int ignored = (int) tj.destroy.invokeExact(handle);
        } catch (Throwable e) {
            // nothing left to do for a handle that will not be used again
        }
    }
}
