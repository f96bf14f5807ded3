package org.custos.video;

import org.custos.Preconditions;
import org.custos.hash.FileDigests;

/** What hashing a video learned besides its frames: frame rate, size, frames decoded in all, file digests. */
public record VideoInfo(double frameRate, int width, int height, long decodedFrames, FileDigests digests) {
    public VideoInfo {
        Preconditions.checkNotNull(digests, "digests");
    }
}
