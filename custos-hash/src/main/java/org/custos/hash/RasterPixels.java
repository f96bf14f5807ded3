package org.custos.hash;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;

/*
 * Decoded raster -> 8-bit pixels, reading samples rather than colour-managed getRGB, so that the values are what
 * the file stores (as libpng/libjpeg give them to Meta's C++ reference and PIL to its Python library):
 *  - 8-bit RGB(A): the R, G, B samples; alpha is ignored, never composited (PIL's RGBA -> RGB drops it).
 *  - grey and grey+alpha: the grey sample is the luminance; alpha ignored.
 *  - palette: the palette's colours; a palette of greys gives grey pixels.
 *  - fewer than 8 bits per sample: scaled to 0..255 (v·255 / (2^bits - 1)), as libpng and PIL expand them.
 *  - 16 bits per sample: a 16-bit grey image without alpha is clipped to 0..255 (PIL opens it as mode "I;16"
 *    and converts to RGB by clipping, which is what Meta's Python library hashes); 16-bit colour and grey+alpha
 *    keep the high byte (PIL unpacks them to 8-bit modes that way).
 *  - any other colour space (CMYK, YCCK, Lab...): converted to sRGB by the colour model, the only meaningful way.
 * EXIF orientation is ignored, as the reference does: a rotated file hashes as stored.
 */
final class RasterPixels {
    private RasterPixels() {
    }

    static Pixels of(BufferedImage image, String source) {
        Pixels direct = direct(image);
        return direct != null ? direct : converted(image, source);
    }

    /**
     * Zero-copy view of 8-bit interleaved grey, RGB/BGR or ABGR rasters (the common JPEG and PNG cases, whatever
     * colour profile they carry), recognised by their band offsets; null for anything else.
     */
    private static Pixels direct(BufferedImage image) {
        Raster raster = image.getRaster();
        ColorModel cm = image.getColorModel();
        if (!(raster.getDataBuffer() instanceof DataBufferByte buffer) || buffer.getNumBanks() != 1
                || !(raster.getSampleModel() instanceof ComponentSampleModel sm) || cm instanceof IndexColorModel
                || cm.isAlphaPremultiplied() || sm.getSampleSize(0) != 8
                || sm.getPixelStride() != sm.getNumBands()
                || raster.getSampleModelTranslateX() != 0 || raster.getSampleModelTranslateY() != 0) {
            return null;
        }
        PixelFormat format = formatOf(sm.getBandOffsets(), cm.getColorSpace().getType());
        return format == null ? null : new Pixels(buffer.getData(), buffer.getOffset(), image.getWidth(),
                image.getHeight(), sm.getScanlineStride(), format);
    }

    private static PixelFormat formatOf(int[] bands, int colourSpace) {
        String layout = java.util.Arrays.toString(bands);
        if (colourSpace == ColorSpace.TYPE_GRAY) {
            return layout.equals("[0]") ? PixelFormat.GREY : null;
        }
        if (colourSpace != ColorSpace.TYPE_RGB) {
            return null;
        }
        return switch (layout) {
            case "[0, 1, 2]" -> PixelFormat.RGB;
            case "[2, 1, 0]" -> PixelFormat.BGR;
            case "[0, 1, 2, 3]" -> PixelFormat.RGBA;
            case "[3, 2, 1, 0]" -> PixelFormat.ABGR;
            default -> null;
        };
    }

    private static Pixels converted(BufferedImage image, String source) {
        ColorModel cm = image.getColorModel();
        if (cm instanceof IndexColorModel icm) {
            return palette(image.getRaster(), icm);
        }
        int type = cm.getColorSpace().getType();
        int bits = image.getRaster().getSampleModel().getSampleSize(0);
        if (type == ColorSpace.TYPE_GRAY) {
            boolean clip = bits == 16 && !cm.hasAlpha();
            return samples(image.getRaster(), 1, bits, clip, PixelFormat.GREY);
        }
        if (type == ColorSpace.TYPE_RGB && cm.getNumComponents() >= 3) {
            return samples(image.getRaster(), 3, bits, false, PixelFormat.RGB);
        }
        return sRgb(image, source);
    }

    private static Pixels palette(Raster raster, IndexColorModel icm) {
        int n = icm.getMapSize();
        boolean grey = true;
        for (int i = 0; i < n; i++) {
            grey &= icm.getRed(i) == icm.getGreen(i) && icm.getGreen(i) == icm.getBlue(i);
        }
        PixelFormat format = grey ? PixelFormat.GREY : PixelFormat.RGB;
        int w = raster.getWidth();
        int h = raster.getHeight();
        byte[] out = new byte[Math.multiplyExact(w * format.bytesPerPixel(), h)];
        int[] row = new int[w];
        int o = 0;
        for (int y = 0; y < h; y++) {
            raster.getSamples(0, y, w, 1, 0, row);
            for (int x = 0; x < w; x++) {
                int i = row[x];
                out[o++] = (byte) icm.getRed(i);
                if (!grey) {
                    out[o++] = (byte) icm.getGreen(i);
                    out[o++] = (byte) icm.getBlue(i);
                }
            }
        }
        return Pixels.packed(out, w, h, format);
    }

    private static Pixels samples(Raster raster, int bands, int bits, boolean clip, PixelFormat format) {
        int w = raster.getWidth();
        int h = raster.getHeight();
        byte[] out = new byte[Math.multiplyExact(w * bands, h)];
        int[] row = new int[w];
        for (int b = 0; b < bands; b++) {
            for (int y = 0; y < h; y++) {
                raster.getSamples(0, y, w, 1, b, row);
                int o = y * w * bands + b;
                for (int x = 0; x < w; x++, o += bands) {
                    out[o] = (byte) to8Bits(row[x], bits, clip);
                }
            }
        }
        return Pixels.packed(out, w, h, format);
    }

    static int to8Bits(int v, int bits, boolean clip) {
        if (bits == 8) {
            return v;
        }
        if (bits < 8) {
            return v * 255 / ((1 << bits) - 1);
        }
        return clip ? Math.min(v, 255) : v >>> (bits - 8);
    }

    /** Colour-managed conversion for colour spaces that have no direct R, G, B samples. */
    private static Pixels sRgb(BufferedImage image, String source) {
        int w = image.getWidth();
        int h = image.getHeight();
        if (image.getRaster().getDataBuffer().getDataType() == DataBuffer.TYPE_UNDEFINED) {
            throw new UnsupportedImageException(source, "unsupported sample type");
        }
        byte[] out = new byte[Math.multiplyExact(w * 3, h)];
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0, o = y * w * 3; x < w; x++) {
                out[o++] = (byte) (row[x] >>> 16);
                out[o++] = (byte) (row[x] >>> 8);
                out[o++] = (byte) row[x];
            }
        }
        return Pixels.packed(out, w, h, PixelFormat.RGB);
    }
}
