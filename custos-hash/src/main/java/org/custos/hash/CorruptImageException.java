package org.custos.hash;

/** The bytes claim an image format but cannot be decoded whole: truncated, corrupt or of zero size. */
public class CorruptImageException extends ImageException {
    public CorruptImageException(String source, String problem) {
        super(source, problem);
    }

    public CorruptImageException(String source, String problem, Throwable cause) {
        super(source, problem, cause);
    }
}
