package org.custos.hash;

import com.twelvemonkeys.imageio.stream.ByteArrayImageInputStream;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_ColorSpace;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.stream.ImageInputStream;

/**
 * ImageIO with the TwelveMonkeys plugins (JPEG in CMYK/YCCK, WebP, TIFF, BMP) and the JDK's own JPEG, PNG and
 * GIF readers. Only the first image of a file is read. A decoder warning that the data ended early
 * (libjpeg's "Premature end of JPEG file") makes the image corrupt: the reader would otherwise return the missing
 * part as grey.
 */
final class ImageIoDecoder implements ImageDecoder {
    static {
        ImageIO.setUseCache(false);
        ImageIO.scanForPlugins();
    }

    private final long maxPixels;

    ImageIoDecoder(long maxPixels) {
        this.maxPixels = maxPixels;
    }

    @Override
    public Pixels decode(byte[] content, int length, String source) {
        if (length == 0) {
            throw new UnsupportedImageException(source, "empty file");
        }
        try (ImageInputStream in = new ByteArrayImageInputStream(content, 0, length)) {
            List<ImageReader> readers = new ArrayList<>();
            ImageIO.getImageReaders(in).forEachRemaining(readers::add);
            if (readers.isEmpty()) {
                throw new UnsupportedImageException(source, "not a recognised image format");
            }
            boolean fourComponents = JpegHeader.isJpeg(content, length) && JpegHeader.components(content, length) == 4;
            readers.sort(Comparator.comparing(reader -> jdk(reader) == fourComponents));
            return readFirstThatCan(readers, content, length, source);
        } catch (IOException | RuntimeException e) {
            throw asImageException(source, e);
        }
    }

    /**
     * Grey and YCbCr/RGB JPEGs go to the JDK's own reader first, which can return libjpeg's samples untouched
     * (TwelveMonkeys converts files with an embedded colour profile to sRGB); 4-component JPEGs (CMYK, YCCK) go
     * to TwelveMonkeys first, which converts them properly. A reader that fails (lossless JPEG, a broken colour
     * profile) hands over to the next; a truncation or a size over the limit ends the attempt.
     */
    private Pixels readFirstThatCan(List<ImageReader> readers, byte[] content, int length, String source)
            throws IOException {
        for (int i = 0; ; i++) {
            try (ImageInputStream in = new ByteArrayImageInputStream(content, 0, length)) {
                return read(readers.get(i), in, source, content, length);
            } catch (IOException | RuntimeException e) {
                if (e instanceof ImageException || i + 1 == readers.size()) {
                    throw e;
                }
            }
        }
    }

    private static boolean jdk(ImageReader reader) {
        return reader.getClass().getName().startsWith("com.sun.imageio.plugins.jpeg.");
    }

    /**
     * For the JDK's JPEG reader, a destination in the file's own embedded colour space where it offers one, so that
     * it does not convert the samples to sRGB (its default); other readers keep their default.
     */
    private static ImageReadParam paramFor(ImageReader reader) throws IOException {
        ImageReadParam param = reader.getDefaultReadParam();
        if (jdk(reader)) {
            for (Iterator<ImageTypeSpecifier> types = reader.getImageTypes(0); types.hasNext(); ) {
                ImageTypeSpecifier type = types.next();
                ColorSpace cs = type.getColorModel().getColorSpace();
                if (cs instanceof ICC_ColorSpace && !cs.isCS_sRGB() && cs.getType() == ColorSpace.TYPE_RGB
                        && type.getBufferedImageType() == BufferedImage.TYPE_3BYTE_BGR) {
                    param.setDestinationType(type);
                    break;
                }
            }
        }
        return param;
    }

    private Pixels read(ImageReader reader, ImageInputStream in, String source, byte[] content, int length)
            throws IOException {
        try {
            reader.setInput(in, false, true);
            PixelLimit.check(source, reader.getWidth(0), reader.getHeight(0), maxPixels);
            List<String> warnings = new ArrayList<>();
            reader.addIIOReadWarningListener((r, warning) -> warnings.add(warning));
            Pixels pixels = readPixels(reader, source, content, length);
            warnings.stream().filter(ImageIoDecoder::meansTruncated).findFirst().ifPresent(w -> {
                throw new CorruptImageException(source, "truncated image data (" + w + ")");
            });
            return pixels;
        } finally {
            reader.dispose();
        }
    }

    /**
     * Reads with {@link #paramFor}. If the JDK rejects the file's own colour space as destination (it does for some
     * profiles), the raw raster is read instead and converted to RGB with libjpeg's own arithmetic (YccToRgb).
     */
    private static Pixels readPixels(ImageReader reader, String source, byte[] content, int length)
            throws IOException {
        ImageReadParam param = paramFor(reader);
        try {
            return RasterPixels.of(reader.read(0, param), source);
        } catch (IIOException e) {
            if (param.getDestinationType() == null || !String.valueOf(e.getMessage()).contains("Destination type")) {
                throw e;
            }
            return YccToRgb.convert(reader.readRaster(0, null), JpegHeader.adobeRgb(content, length));
        }
    }

    static boolean meansTruncated(String warning) {
        String w = warning.toLowerCase(Locale.ROOT);
        return w.contains("premature end") || w.contains("unexpected end of");
    }

    private static ImageException asImageException(String source, Exception e) {
        if (e instanceof ImageException ie) {
            return ie;
        }
        String kind = e instanceof IIOException || e instanceof IOException ? "cannot decode image" : "corrupt image";
        return new CorruptImageException(source, kind + ": " + describe(e), e);
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null ? "" : " (" + message + ")");
    }
}
