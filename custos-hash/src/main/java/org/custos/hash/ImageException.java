package org.custos.hash;

import org.custos.CustosException;

/** An input that cannot be hashed as an image; {@link #source()} names it (a file path or a caller's label). */
public class ImageException extends CustosException {
    private final String source;

    public ImageException(String source, String problem) {
        super(source + ": " + problem);
        this.source = source;
    }

    public ImageException(String source, String problem, Throwable cause) {
        super(source + ": " + problem, cause);
        this.source = source;
    }

    public String source() {
        return source;
    }
}
