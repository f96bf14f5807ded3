package org.custos.reports.delivery;

import java.io.IOException;
import java.io.InputStream;

/** Opens a reported file's bytes as a stream (the vault decrypts into it); never a file on disk. */
@FunctionalInterface
public interface ContentSource {
    InputStream open() throws IOException;
}
