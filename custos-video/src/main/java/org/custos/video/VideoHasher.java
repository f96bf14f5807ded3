package org.custos.video;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Hashes video files with vPDQ (Meta's video PDQ: PDQ of sampled frames) and the file digests. An instance may
 * be shared between threads; each call decodes on the calling thread with its own buffers. A damaged,
 * audio-only, frameless or over-limit file is a {@link VideoException}.
 */
public interface VideoHasher {
    static VideoHasher create(VpdqOptions options) {
        return new LibavVideoHasher(options);
    }

    VpdqOptions options();

    /** Hashes one file, handing each frame to {@code frames} as soon as it is hashed; nothing is kept. */
    VideoInfo hash(Path file, Consumer<VpdqFrame> frames);

    /** Hashes one file and keeps its frames (about 100 bytes a frame). */
    default VideoHashes hash(Path file) {
        List<VpdqFrame> frames = new ArrayList<>();
        VideoInfo info = hash(file, frames::add);
        return new VideoHashes(frames, info);
    }
}
