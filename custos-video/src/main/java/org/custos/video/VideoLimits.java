package org.custos.video;

import java.nio.file.Path;
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

    void checkFrameSize(Path file, int width, int height) {
        long pixels = (long) width * height;
        if (pixels > maxPixelsPerFrame) {
            throw new VideoException.LimitExceeded(file, "frames of " + width + "x" + height + " = " + pixels
                    + " pixels exceed the limit of " + maxPixelsPerFrame);
        }
    }

    void checkDuration(Path file, double seconds) {
        if (seconds > maxDurationSeconds) {
            throw new VideoException.LimitExceeded(file, String.format("a duration of %.1f s exceeds the limit "
                    + "of %.1f s", seconds, maxDurationSeconds));
        }
    }

    /** Frame {@code frameNumber} (0-based) at {@code frameRate} is within the frame count and the duration. */
    void checkFrame(Path file, long frameNumber, double frameRate) {
        if (frameNumber >= maxFrames) {
            throw new VideoException.LimitExceeded(file, "more than " + maxFrames + " frames, the limit");
        }
        checkDuration(file, frameNumber / frameRate);
    }
}
