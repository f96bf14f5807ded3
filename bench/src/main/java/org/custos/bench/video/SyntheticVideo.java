package org.custos.bench.video;

import static org.bytedeco.ffmpeg.global.avcodec.*;
import static org.bytedeco.ffmpeg.global.avformat.*;
import static org.bytedeco.ffmpeg.global.avutil.*;

import java.nio.file.Path;
import java.util.Random;
import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVIOContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.javacpp.BytePointer;

/**
 * Writes a synthetic H.264 MP4 (OpenH264, the encoder of the LGPL build) of a panning sine texture with grain,
 * for sizes the sample set lacks (full HD). Benign by construction; decode cost depends on content, so figures on
 * it are indicative, and the camera samples remain the reference for SD and HD.
 */
final class SyntheticVideo {
    private SyntheticVideo() {
    }

    static Path write(Path file, int width, int height, int frames) {
        AVFormatContext out = new AVFormatContext(null);
        check(avformat_alloc_output_context2(out, null, "mp4", file.toString()), "muxer");
        AVCodec codec = avcodec_find_encoder_by_name("libopenh264");
        AVCodecContext encoder = avcodec_alloc_context3(codec);
        encoder.width(width).height(height).pix_fmt(AV_PIX_FMT_YUV420P).time_base(av_make_q(1, 30))
                .framerate(av_make_q(30, 1)).bit_rate(8_000_000L).gop_size(60);
        if ((out.oformat().flags() & AVFMT_GLOBALHEADER) != 0) {
            encoder.flags(encoder.flags() | AV_CODEC_FLAG_GLOBAL_HEADER);
        }
        check(avcodec_open2(encoder, codec, (AVDictionary) null), "encoder");
        AVStream stream = avformat_new_stream(out, null);
        check(avcodec_parameters_from_context(stream.codecpar(), encoder), "parameters");
        stream.time_base(encoder.time_base());
        AVIOContext io = new AVIOContext(null);
        check(avio_open(io, file.toString(), AVIO_FLAG_WRITE), "open");
        out.pb(io);
        check(avformat_write_header(out, (AVDictionary) null), "header");
        AVFrame frame = av_frame_alloc();
        frame.format(AV_PIX_FMT_YUV420P).width(width).height(height);
        check(av_frame_get_buffer(frame, 0), "frame");
        AVPacket packet = av_packet_alloc();
        Random grain = new Random(42);
        for (int t = 0; t < frames; t++) {
            check(av_frame_make_writable(frame), "writable");
            paint(frame, t, grain);
            frame.pts(t);
            encode(out, encoder, stream, frame, packet);
        }
        encode(out, encoder, stream, null, packet);
        check(av_write_trailer(out), "trailer");
        avio_closep(out.pb());
        av_packet_free(packet);
        av_frame_free(frame);
        avcodec_free_context(encoder);
        avformat_free_context(out);
        return file;
    }

    private static void paint(AVFrame frame, int t, Random grain) {
        int w = frame.width();
        int h = frame.height();
        byte[] row = new byte[w];
        BytePointer luma = frame.data(0);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double v = 128 + 70 * Math.sin((x + 6 * t) / 37.0) * Math.cos((y - 4 * t) / 23.0)
                        + 25 * Math.sin((x * 0.7 + y * 1.3) / 11.0) + grain.nextInt(17) - 8;
                row[x] = (byte) Math.max(16, Math.min(235, (int) v));
            }
            luma.position((long) y * frame.linesize(0)).put(row, 0, w);
        }
        for (int plane = 1; plane <= 2; plane++) {
            BytePointer chroma = frame.data(plane);
            for (int y = 0; y < h / 2; y++) {
                for (int x = 0; x < w / 2; x++) {
                    row[x] = (byte) (128 + 40 * Math.sin((plane * x + y + 2 * t) / 97.0));
                }
                chroma.position((long) y * frame.linesize(plane)).put(row, 0, w / 2);
            }
        }
        luma.position(0);
        frame.data(1).position(0);
        frame.data(2).position(0);
    }

    private static void encode(AVFormatContext out, AVCodecContext encoder, AVStream stream, AVFrame frame,
                               AVPacket packet) {
        check(avcodec_send_frame(encoder, frame), "send");
        while (avcodec_receive_packet(encoder, packet) >= 0) {
            av_packet_rescale_ts(packet, encoder.time_base(), stream.time_base());
            packet.stream_index(stream.index());
            check(av_interleaved_write_frame(out, packet), "write");
        }
    }

    private static void check(int rc, String step) {
        if (rc < 0) {
            throw new IllegalStateException("writing the synthetic video failed at " + step + ": " + rc);
        }
    }
}
