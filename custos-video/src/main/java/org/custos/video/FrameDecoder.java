package org.custos.video;

import static org.bytedeco.ffmpeg.global.avcodec.*;
import static org.bytedeco.ffmpeg.global.avformat.av_read_frame;
import static org.bytedeco.ffmpeg.global.avutil.*;

import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avutil.AVFrame;

/**
 * The decode loop of Meta's vPDQ: read packets of the video stream, decode them, and number each output frame
 * by the decoder's count ({@code frame_num - 1}, so decode order of output, which is presentation order); a
 * frame is sampled when its number is a multiple of {@code frameMod}. After the last packet the decoder is
 * drained. A read error other than end of file, or a packet the demuxer marks corrupt, is a truncated or
 * damaged file, not a short video.
 */
final class FrameDecoder {
    private final LibavVideo video;
    private final VideoLimits limits;

    FrameDecoder(LibavVideo video, VideoLimits limits) {
        this.video = video;
        this.limits = limits;
    }

    /** Decodes every frame, hands the sampled ones to {@code sink}, and returns the number of decoded frames. */
    long run(long frameMod, RgbConverter converter, FrameSink sink) {
        AVPacket packet = av_packet_alloc();
        AVFrame frame = av_frame_alloc();
        try {
            int rc;
            while ((rc = av_read_frame(video.format, packet)) >= 0) {
                try {
                    if (packet.stream_index() == video.streamIndex) {
                        checkIntact(packet);
                        send(packet, frame, frameMod, converter, sink);
                    }
                } finally {
                    av_packet_unref(packet);
                }
            }
            if (rc != AVERROR_EOF) {
                throw new VideoException.Unreadable(video.file, "reading the file failed after "
                        + video.codec.frame_num() + " frames: " + LibavErrors.describe(rc));
            }
            send(null, frame, frameMod, converter, sink);
            return video.codec.frame_num();
        } finally {
            av_frame_free(frame);
            av_packet_free(packet);
        }
    }

    private void checkIntact(AVPacket packet) {
        if ((packet.flags() & AV_PKT_FLAG_CORRUPT) != 0) {
            throw new VideoException.Unreadable(video.file, "the packet after frame " + video.codec.frame_num()
                    + " is truncated or corrupt");
        }
    }

    private void send(AVPacket packet, AVFrame frame, long frameMod, RgbConverter converter, FrameSink sink) {
        int sent = avcodec_send_packet(video.codec, packet);
        if (sent < 0) {
            throw new VideoException.Unreadable(video.file, "the decoder rejected the packet after frame "
                    + video.codec.frame_num() + ": " + LibavErrors.describe(sent));
        }
        while (true) {
            int rc = avcodec_receive_frame(video.codec, frame);
            if (rc == LibavErrors.EAGAIN || rc == AVERROR_EOF) {
                return;
            }
            if (rc < 0) {
                throw new VideoException.Unreadable(video.file, "decoding failed after frame "
                        + video.codec.frame_num() + ": " + LibavErrors.describe(rc));
            }
            long frameNumber = video.codec.frame_num() - 1;
            limits.checkFrame(video.file, frameNumber, video.frameRate);
            limits.checkFrameSize(video.file, frame.width(), frame.height());
            if (frameNumber % frameMod == 0) {
                byte[] rgb = converter.convert(frame);
                sink.accept(frameNumber, rgb, converter.width(), converter.height(), converter.rowStride());
            }
        }
    }
}
