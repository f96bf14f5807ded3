package org.custos.video;

import org.custos.Preconditions;

/**
 * How a video is hashed: one frame every {@code secondsPerHash} (0 = every frame; the step in frames is
 * {@code max(1, (int) (secondsPerHash · frameRate))}, as in Meta's vPDQ), an optional downsampled size for the
 * frames before PDQ (0 = the video's own size), the swscale path, and the limits.
 */
public record VpdqOptions(double secondsPerHash, int downsampleWidth, int downsampleHeight, SwscalePath swscale,
                          VideoLimits limits) {
    /** Every frame at full size: what a listed video is indexed with, and the reference files' setting. */
    public static final VpdqOptions EVERY_FRAME = new VpdqOptions(0, 0, 0, SwscalePath.C, VideoLimits.DEFAULT);
    /** One frame a second at full size: what a query is sampled with. */
    public static final VpdqOptions ONE_PER_SECOND = EVERY_FRAME.withSecondsPerHash(1);

    public VpdqOptions {
        Preconditions.check(secondsPerHash >= 0 && Double.isFinite(secondsPerHash),
                "secondsPerHash must be a finite number >= 0, was %s", secondsPerHash);
        Preconditions.checkRange(downsampleWidth, 0, 1 << 15, "downsampleWidth");
        Preconditions.checkRange(downsampleHeight, 0, 1 << 15, "downsampleHeight");
        Preconditions.checkNotNull(swscale, "swscale");
        Preconditions.checkNotNull(limits, "limits");
    }

    public VpdqOptions withSecondsPerHash(double seconds) {
        return new VpdqOptions(seconds, downsampleWidth, downsampleHeight, swscale, limits);
    }

    public VpdqOptions withDownsample(int width, int height) {
        return new VpdqOptions(secondsPerHash, width, height, swscale, limits);
    }

    public VpdqOptions withSwscale(SwscalePath path) {
        return new VpdqOptions(secondsPerHash, downsampleWidth, downsampleHeight, path, limits);
    }

    public VpdqOptions withLimits(VideoLimits newLimits) {
        return new VpdqOptions(secondsPerHash, downsampleWidth, downsampleHeight, swscale, newLimits);
    }

    long frameStep(double frameRate) {
        return Math.max(1, (long) (secondsPerHash * frameRate));
    }
}
