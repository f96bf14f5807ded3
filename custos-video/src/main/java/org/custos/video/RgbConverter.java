package org.custos.video;

import static org.bytedeco.ffmpeg.global.avutil.*;
import static org.bytedeco.ffmpeg.global.swscale.*;

import java.nio.file.Path;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.swscale.SwsContext;
import org.bytedeco.javacpp.DoublePointer;

/**
 * Converts decoded frames to packed RGB24 of a fixed output size with swscale's {@code SWS_AREA}, as Meta's
 * vPDQ does, into one reused buffer.
 *
 * <p>The C-path trick: swscale picks its kernels from the CPU flags when a context is created, and its x86 SIMD
 * kernels round differently from its C kernels. Meta's reference hashes were made with the C kernels, so for
 * {@link SwscalePath#C} the CPU flags are forced to none ({@code av_force_cpu_flags(0)}) only while the context
 * is created and restored to auto-detection ({@code -1}) right after. The flags are process-wide, so creation
 * runs under one lock; a decoder opened by another thread in that instant may pick C kernels too, which only
 * costs it speed (decoders are bit-exact on every path).
 */
final class RgbConverter implements AutoCloseable {
    private static final Object CPU_FLAGS_LOCK = new Object();

    private final Path file;
    private final SwscalePath path;
    private final AVFrame target;
    private final byte[] rgb;
    private SwsContext context;
    private int sourceWidth;
    private int sourceHeight;
    private int sourceFormat = AV_PIX_FMT_NONE;

    RgbConverter(Path file, int width, int height, SwscalePath path) {
        this.file = file;
        this.path = path;
        this.target = av_frame_alloc();
        target.format(AV_PIX_FMT_RGB24).width(width).height(height);
        LibavVideo.check(file, av_frame_get_buffer(target, 1), "cannot allocate an RGB frame");
        this.rgb = new byte[rowStride() * height];
    }

    int width() {
        return target.width();
    }

    int height() {
        return target.height();
    }

    int rowStride() {
        return target.linesize(0);
    }

    /** Converts {@code frame} and returns the reused RGB buffer ({@link #rowStride()} bytes a row). */
    byte[] convert(AVFrame frame) {
        prepare(frame.width(), frame.height(), frame.format());
        sws_scale(context, frame.data(), frame.linesize(), 0, sourceHeight, target.data(), target.linesize());
        target.data(0).get(rgb);
        return rgb;
    }

    /** (Re)creates the context for the source's size and format; a stream may change them mid-way. */
    private void prepare(int width, int height, int format) {
        if (context != null && width == sourceWidth && height == sourceHeight && format == sourceFormat) {
            return;
        }
        sws_freeContext(context);
        context = create(width, height, format);
        if (context == null) {
            throw new VideoException.Unreadable(file, "cannot convert frames of " + width + "x" + height
                    + " in pixel format " + format + " to RGB");
        }
        sourceWidth = width;
        sourceHeight = height;
        sourceFormat = format;
    }

    private SwsContext create(int width, int height, int format) {
        synchronized (CPU_FLAGS_LOCK) {
            if (path == SwscalePath.C) {
                av_force_cpu_flags(0);
            }
            try {
                return sws_getContext(width, height, format, target.width(), target.height(), AV_PIX_FMT_RGB24,
                        SWS_AREA, null, null, (DoublePointer) null);
            } finally {
                if (path == SwscalePath.C) {
                    av_force_cpu_flags(-1);
                }
            }
        }
    }

    @Override
    public void close() {
        sws_freeContext(context);
        av_frame_free(target);
    }
}
