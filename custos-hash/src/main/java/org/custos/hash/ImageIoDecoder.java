package org.custos.hash;

import com.twelvemonkeys.imageio.stream.ByteArrayImageInputStream;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * ImageIO with the TwelveMonkeys plugins (JPEG incl. CMYK/YCCK and progressive, WebP, TIFF, BMP) and the JDK's
 * own PNG and GIF readers. Only the first image of a file is read. A decoder warning that the data ended early
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
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new UnsupportedImageException(source, "not a recognised image format");
            }
            return read(readers.next(), in, source);
        } catch (IOException | RuntimeException e) {
            throw asImageException(source, e);
        }
    }

    private Pixels read(ImageReader reader, ImageInputStream in, String source) throws IOException {
        try {
            reader.setInput(in, true, true);
            PixelLimit.check(source, reader.getWidth(0), reader.getHeight(0), maxPixels);
            List<String> warnings = new ArrayList<>();
            reader.addIIOReadWarningListener((r, warning) -> warnings.add(warning));
            BufferedImage image = reader.read(0, reader.getDefaultReadParam());
            warnings.stream().filter(ImageIoDecoder::meansTruncated).findFirst().ifPresent(w -> {
                throw new CorruptImageException(source, "truncated image data (" + w + ")");
            });
            return RasterPixels.of(image, source);
        } finally {
            reader.dispose();
        }
    }

    static boolean meansTruncated(String warning) {
        String w = warning.toLowerCase(Locale.ROOT);
        return w.contains("premature end") || w.contains("truncated") || w.contains("unexpected end");
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
