package org.custos.video;

import java.util.List;
import org.custos.Preconditions;
import org.custos.hash.FileDigests;

/** Everything hashing one video yields: its vPDQ frames, in frame order, and its {@link VideoInfo}. */
public record VideoHashes(List<VpdqFrame> frames, VideoInfo info) {
    public VideoHashes {
        frames = List.copyOf(Preconditions.checkNotNull(frames, "frames"));
        Preconditions.checkNotNull(info, "info");
    }

    public double frameRate() {
        return info.frameRate();
    }

    public int width() {
        return info.width();
    }

    public int height() {
        return info.height();
    }

    public long decodedFrames() {
        return info.decodedFrames();
    }

    public FileDigests digests() {
        return info.digests();
    }

    /** The reference text: one {@link VpdqFrame#toLine()} a line, each ending in a newline. */
    public String toVpdqText() {
        return VpdqText.format(frames);
    }
}
