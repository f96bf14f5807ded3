package org.custos.hash;

import org.custos.CustosException;

/** An input that cannot be hashed as an image; {@link #source()} names it (a file path or a caller's label). */
public class ImageException extends CustosException {
    private final String source;
    private final String problem;

    public ImageException(String source, String problem) {
        super(source + ": " + problem);
        this.source = source;
        this.problem = problem;
    }

    public ImageException(String source, String problem, Throwable cause) {
        super(source + ": " + problem, cause);
        this.source = source;
        this.problem = problem;
    }

    public String source() {
        return source;
    }

    /** The message without the source: what is wrong with the input. */
    public String problem() {
        return problem;
    }
}
