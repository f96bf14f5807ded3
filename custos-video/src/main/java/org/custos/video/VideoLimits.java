package org.custos.video;

import org.custos.Preconditions;

/**
 * Bounds on what a hasher accepts, so that a long or huge video cannot exhaust memory or time: the pixels of one
 * frame, the duration in seconds and the number of decoded frames (a guard against absurd frame rates). Frames
 * are hashed one at a time and dropped, so memory is one frame plus 40 bytes per hashed frame.
 */
public record VideoLimits(long maxPixelsPerFrame, double maxDurationSeconds, long maxFrames) {
    /** 8K UHD frames, three hours, and a million frames (about 9 hours at 30 frames/s). */
    public static final VideoLimits DEFAULT = new VideoLimits(7680L * 4320, 3 * 3600, 1_000_000);

    public VideoLimits {
        Preconditions.check(maxPixelsPerFrame > 0, "maxPixelsPerFrame must be positive, was %d", maxPixelsPerFrame);
        Preconditions.check(maxDurationSeconds > 0, "maxDurationSeconds must be positive, was %s", maxDurationSeconds);
        Preconditions.check(maxFrames > 0, "maxFrames must be positive, was %d", maxFrames);
    }
}
