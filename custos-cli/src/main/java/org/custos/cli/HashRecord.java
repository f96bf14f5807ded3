package org.custos.cli;

import java.util.Optional;
import org.custos.hash.ImageHash;
import org.custos.video.VideoHashes;

/** One line of {@code custos hash} output: an image's or a video's hashes, or why the file could not be hashed. */
record HashRecord(String path, Optional<ImageHash> hash, Optional<HashedVideo> video, Optional<String> error) {
    /** A video's size in bytes and its vPDQ frames and digests. */
    record HashedVideo(long size, VideoHashes hashes) {
    }

    static HashRecord of(String path, ImageHash hash) {
        return new HashRecord(path, Optional.of(hash), Optional.empty(), Optional.empty());
    }

    static HashRecord ofVideo(String path, long size, VideoHashes hashes) {
        return new HashRecord(path, Optional.empty(), Optional.of(new HashedVideo(size, hashes)), Optional.empty());
    }

    static HashRecord failed(String path, String error) {
        return new HashRecord(path, Optional.empty(), Optional.empty(), Optional.of(error));
    }

    boolean failed() {
        return error.isPresent();
    }
}
