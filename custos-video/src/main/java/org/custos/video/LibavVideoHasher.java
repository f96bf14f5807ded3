package org.custos.video;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.custos.Preconditions;
import org.custos.hash.FileDigests;
import org.custos.hash.PdqHasher;

/** vPDQ over FFmpeg: decode with {@link FrameDecoder}, convert with {@link RgbConverter}, hash with PDQ. */
final class LibavVideoHasher implements VideoHasher {
    private final VpdqOptions options;

    LibavVideoHasher(VpdqOptions options) {
        this.options = options;
    }

    @Override
    public VpdqOptions options() {
        return options;
    }

    @Override
    public VideoInfo hash(Path file, Consumer<VpdqFrame> frames) {
        if (!Files.isRegularFile(file)) {
            throw new VideoException.Unreadable(file, "not a readable file");
        }
        return hash(file, digests(file), () -> LibavVideo.open(file, options.limits()), frames);
    }

    @Override
    public VideoInfo hash(byte[] content, String label, Consumer<VpdqFrame> frames) {
        Preconditions.checkNotNull(content, "content");
        Preconditions.check(label != null && !label.isBlank() && label.indexOf('\0') < 0,
                "label must be a non-blank name without NUL, was %s", label);
        Path name = Path.of(label);
        return hash(name, FileDigests.of(content), () -> LibavVideo.open(content, name, options.limits()), frames);
    }

    private VideoInfo hash(Path file, FileDigests digests, Supplier<LibavVideo> opener, Consumer<VpdqFrame> frames) {
        try (LibavVideo video = opener.get();
             RgbConverter converter = new RgbConverter(file, outputWidth(video), outputHeight(video),
                     options.swscale())) {
            PdqHasher pdq = new PdqHasher();
            long decoded = new FrameDecoder(video, options.limits()).run(options.frameStep(video.frameRate),
                    converter, (n, rgb, w, h, stride) ->
                            frames.accept(VpdqFrame.of(n, pdq.hashRgb24(rgb, w, h, stride), video.frameRate)));
            if (decoded == 0) {
                throw new VideoException.NoFrames(file);
            }
            return new VideoInfo(video.frameRate, video.width, video.height, decoded, digests);
        }
    }

    private static FileDigests digests(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return FileDigests.of(in);
        } catch (IOException e) {
            throw new VideoException.Unreadable(file, "cannot read the file: " + e.getMessage());
        }
    }

    private int outputWidth(LibavVideo video) {
        return options.downsampleWidth() > 0 ? options.downsampleWidth() : video.width;
    }

    private int outputHeight(LibavVideo video) {
        return options.downsampleHeight() > 0 ? options.downsampleHeight() : video.height;
    }
}
