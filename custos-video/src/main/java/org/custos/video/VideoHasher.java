package org.custos.video;

import java.nio.file.Path;

/**
 * Hashes video files with vPDQ (Meta's video PDQ: PDQ of sampled frames) and the file digests. An instance may
 * be shared between threads; each {@link #hash} call decodes on the calling thread with its own buffers.
 */
public interface VideoHasher {
    static VideoHasher create(VpdqOptions options) {
        return new LibavVideoHasher(options);
    }

    VpdqOptions options();

    /** Hashes one file; a damaged, audio-only, frameless or over-limit file is a {@link VideoException}. */
    VideoHashes hash(Path file);
}
