package org.custos.hash;

/** The bytes are empty or in no image format the decoders know. */
public class UnsupportedImageException extends ImageException {
    public UnsupportedImageException(String source, String problem) {
        super(source, problem);
    }
}
