package org.custos.lists.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Something that can be opened more than once and gives the same bytes each time: a file, a spooled upload, a
 * byte array. Imports and releases read it twice (validate, then hand out), so nothing is applied from a
 * source that turns out to be bad; the second pass checks the bytes did not change.
 */
@FunctionalInterface
public interface ByteSource {
    InputStream open() throws IOException;

    /** The same bytes as a channel: for a file, read without the stream's copy through a heap array. */
    default ReadableByteChannel channel() throws IOException {
        return Channels.newChannel(open());
    }

    static ByteSource of(Path path) {
        return new ByteSource() {
            @Override
            public InputStream open() throws IOException {
                return Files.newInputStream(path);
            }

            @Override
            public ReadableByteChannel channel() throws IOException {
                return FileChannel.open(path);
            }
        };
    }

    static ByteSource of(byte[] bytes) {
        return () -> new ByteArrayInputStream(bytes);
    }
}
