package org.custos.hash;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.custos.Preconditions;

/**
 * Hashes image files: one read of the bytes, then the MD5/SHA-1/SHA-256 digests (on a virtual thread, overlapping
 * the decode) and the decode + PDQ (on the calling thread). Thread-confined like {@link PdqHasher}: one per thread.
 */
public final class ImageHasher {
    private static final ExecutorService DIGESTERS = Executors.newVirtualThreadPerTaskExecutor();

    private final HashOptions options;
    private final ImageDecoder decoder;
    private final PdqHasher pdq = new PdqHasher();

    public ImageHasher() {
        this(HashOptions.DEFAULTS);
    }

    public ImageHasher(HashOptions options) {
        this(options, ImageDecoder.best(options.maxPixels()));
    }

    public ImageHasher(HashOptions options, ImageDecoder decoder) {
        this.options = Preconditions.checkNotNull(options, "options");
        this.decoder = Preconditions.checkNotNull(decoder, "decoder");
    }

    public ImageHash hash(Path file) {
        Preconditions.checkNotNull(file, "file");
        String source = file.toString();
        return hash(read(file, source), source);
    }

    /** Hashes the whole of {@code content}; {@code source} names it in errors. */
    public ImageHash hash(byte[] content, String source) {
        Preconditions.checkNotNull(content, "content");
        CompletableFuture<FileDigests> digests =
                CompletableFuture.supplyAsync(() -> FileDigests.of(content), DIGESTERS);
        Pixels pixels = decoder.decode(content, content.length, source);
        Optional<DihedralHashes> dihedral = options.dihedral()
                ? Optional.of(pdq.hashDihedral(pixels)) : Optional.empty();
        PdqResult result = dihedral.map(DihedralHashes::original).orElseGet(() -> pdq.hash(pixels));
        return new ImageHash(content.length, join(digests), result, dihedral);
    }

    public PdqHasher pdqHasher() {
        return pdq;
    }

    private byte[] read(Path file, String source) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size > options.maxFileBytes()) {
                throw new ImageTooLargeException(source, "file size", size, options.maxFileBytes());
            }
            ByteBuffer buffer = ByteBuffer.allocate((int) size);
            while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
                // read until full or end of file
            }
            if (buffer.hasRemaining()) {
                throw new CorruptImageException(source, "file shrank while being read");
            }
            return buffer.array();
        } catch (IOException e) {
            throw new FileReadException(source, e);
        }
    }

    private static FileDigests join(CompletableFuture<FileDigests> digests) {
        try {
            return digests.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : e;
        }
    }
}
