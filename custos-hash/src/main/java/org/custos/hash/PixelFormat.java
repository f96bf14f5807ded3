package org.custos.hash;

/**
 * How 8-bit samples of one pixel lie in a {@link Pixels} buffer: the number of bytes per pixel and the offsets of
 * red, green and blue. Alpha, where present, is ignored (as Meta's Python library does when it converts RGBA to
 * RGB). {@link #GREY} has one sample, which is the luminance itself.
 */
public enum PixelFormat {
    GREY(1, 0, 0, 0),
    RGB(3, 0, 1, 2),
    BGR(3, 2, 1, 0),
    RGBA(4, 0, 1, 2),
    ABGR(4, 3, 2, 1);

    private final int bytesPerPixel;
    private final int red;
    private final int green;
    private final int blue;

    PixelFormat(int bytesPerPixel, int red, int green, int blue) {
        this.bytesPerPixel = bytesPerPixel;
        this.red = red;
        this.green = green;
        this.blue = blue;
    }

    public int bytesPerPixel() {
        return bytesPerPixel;
    }

    int red() {
        return red;
    }

    int green() {
        return green;
    }

    int blue() {
        return blue;
    }
}
