package org.custos.hash;

/** Refused before decoding: the declared pixel count (or the file size) is above the configured limit. */
public class ImageTooLargeException extends ImageException {
    private final long size;
    private final long limit;

    public ImageTooLargeException(String source, String what, long size, long limit) {
        super(source, what + " " + size + " is above the limit of " + limit);
        this.size = size;
        this.limit = limit;
    }

    public long size() {
        return size;
    }

    public long limit() {
        return limit;
    }
}
