package org.custos.cli;

import java.util.Optional;
import org.custos.hash.ImageHash;

/** One line of {@code custos hash} output: a file's hashes, or why it could not be hashed. */
record HashRecord(String path, Optional<ImageHash> hash, Optional<String> error) {
    static HashRecord of(String path, ImageHash hash) {
        return new HashRecord(path, Optional.of(hash), Optional.empty());
    }

    static HashRecord failed(String path, String error) {
        return new HashRecord(path, Optional.empty(), Optional.of(error));
    }

    boolean failed() {
        return error.isPresent();
    }
}
