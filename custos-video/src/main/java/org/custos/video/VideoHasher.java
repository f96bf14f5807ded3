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

    /**
     * Hashes a video held in memory, with the same limits and errors as a file: FFmpeg reads the array through a
     * custom IO context, so nothing is written to disk. {@code label} names the upload in errors
     * ({@link VideoException#file()}); the digests are those of {@code content}.
     */
    VideoInfo hash(byte[] content, String label, Consumer<VpdqFrame> frames);

    /** Hashes a video held in memory and keeps its frames. */
    default VideoHashes hash(byte[] content, String label) {
        List<VpdqFrame> frames = new ArrayList<>();
        VideoInfo info = hash(content, label, frames::add);
        return new VideoHashes(frames, info);
    }

    /** Hashes one file and keeps its frames (about 100 bytes a frame). */
    default VideoHashes hash(Path file) {
        List<VpdqFrame> frames = new ArrayList<>();
        VideoInfo info = hash(file, frames::add);
        return new VideoHashes(frames, info);
    }
}
