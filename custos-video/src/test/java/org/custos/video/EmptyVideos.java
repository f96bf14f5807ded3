package org.custos.video;

import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_MPEG4;
import static org.bytedeco.ffmpeg.global.avformat.*;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_VIDEO;
import static org.bytedeco.ffmpeg.global.avutil.av_make_q;

import java.nio.file.Path;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVIOContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionary;

/** Writes containers that declare a video stream and hold no frame, with FFmpeg's own muxers. */
final class EmptyVideos {
    private EmptyVideos() {
    }

    static Path write(Path file, String muxer) {
        AVFormatContext out = new AVFormatContext(null);
        check(avformat_alloc_output_context2(out, null, muxer, file.toString()), "alloc");
        try {
            AVStream stream = avformat_new_stream(out, null);
            stream.codecpar().codec_type(AVMEDIA_TYPE_VIDEO).codec_id(AV_CODEC_ID_MPEG4).width(64).height(48);
            stream.time_base(av_make_q(1, 30));
            stream.avg_frame_rate(av_make_q(30, 1));
            AVIOContext io = new AVIOContext(null);
            check(avio_open(io, file.toString(), AVIO_FLAG_WRITE), "open");
            out.pb(io);
            check(avformat_write_header(out, (AVDictionary) null), "header");
            check(av_write_trailer(out), "trailer");
            avio_closep(out.pb());
            return file;
        } finally {
            avformat_free_context(out);
        }
    }

    private static void check(int rc, String step) {
        if (rc < 0) {
            throw new IllegalStateException("writing an empty video failed at " + step + ": " + rc);
        }
    }
}
