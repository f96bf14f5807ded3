package org.custos.hash;

import java.io.IOException;

/** A file could not be read (missing, unreadable, not a regular file). */
public class FileReadException extends ImageException {
    public FileReadException(String source, IOException cause) {
        super(source, "cannot read file: " + cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : " (" + cause.getMessage() + ")"), cause);
    }
}
