package org.custos.video;

import java.util.List;
import org.custos.Preconditions;

/**
 * Everything hashing one video yields: its vPDQ frames (in frame order), the stream's frame rate and size, how
 * many frames were decoded in all, and the digests of the file's bytes.
 */
public record VideoHashes(List<VpdqFrame> frames, double frameRate, int width, int height, long decodedFrames,
                          FileDigests digests) {
    public VideoHashes {
        frames = List.copyOf(Preconditions.checkNotNull(frames, "frames"));
        Preconditions.checkNotNull(digests, "digests");
    }

    /** The reference text: one {@link VpdqFrame#toLine()} a line, each ending in a newline. */
    public String toVpdqText() {
        return VpdqText.format(frames);
    }
}
