package org.custos.video;

import java.nio.file.Path;
import org.custos.CustosException;

/**
 * A video could not be hashed. The subclasses name the problem; every one carries the file it concerns, so an
 * adapter can say which upload failed without guessing from the message.
 */
public class VideoException extends CustosException {
    private final Path file;

    public VideoException(Path file, String problem) {
        super(describe(file, problem));
        this.file = file;
    }

    public Path file() {
        return file;
    }

    private static String describe(Path file, String problem) {
        return file == null ? problem : file.getFileName() + ": " + problem;
    }

    /** The bytes are not a video container FFmpeg can read, or a packet or frame in it is damaged or cut off. */
    public static final class Unreadable extends VideoException {
        public Unreadable(Path file, String problem) {
            super(file, problem);
        }
    }

    /** The container holds no video stream (an audio-only file, for instance). */
    public static final class NoVideoStream extends VideoException {
        public NoVideoStream(Path file) {
            super(file, "the file holds no video stream");
        }
    }

    /** The video stream decoded to no frame at all. */
    public static final class NoFrames extends VideoException {
        public NoFrames(Path file) {
            super(file, "the video stream holds no decodable frame");
        }
    }

    /** The video is beyond a configured {@link VideoLimits} bound; the message names the bound and the value. */
    public static final class LimitExceeded extends VideoException {
        public LimitExceeded(Path file, String problem) {
            super(file, problem);
        }
    }
}
