package org.custos.video;

import static org.bytedeco.ffmpeg.global.avcodec.*;
import static org.bytedeco.ffmpeg.global.avformat.*;
import static org.bytedeco.ffmpeg.global.avutil.*;

import java.nio.file.Path;
import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVRational;
import org.bytedeco.javacpp.PointerPointer;

/**
 * One opened video file: the demuxer, the first video stream and its decoder, as Meta's vPDQ opens them
 * (first video stream; frame rate from {@code avg_frame_rate}, else {@code r_frame_rate}; the codec's own
 * dimensions). Only local files are read ({@code protocol_whitelist=file}) and only the containers of
 * {@link #CONTAINERS}, so a playlist or a concat script cannot make FFmpeg fetch anything else.
 */
final class LibavVideo implements AutoCloseable {
    /** Demuxer names FFmpeg may pick: video containers, plus audio ones so an audio file gets a clear error. */
    static final String CONTAINERS = "mov,mp4,m4a,3gp,3g2,mj2,matroska,webm,avi,flv,mpegts,mpeg,asf,ogg,"
            + "h264,hevc,m4v,mjpeg,wav,mp3,aac,flac";

    static {
        av_log_set_level(AV_LOG_QUIET);
    }

    final Path file;
    /** The in-memory source FFmpeg reads through, closed after the demuxer; null for a file. */
    private final MemoryInput memory;
    final AVFormatContext format;
    final AVCodecContext codec;
    final int streamIndex;
    final double frameRate;
    final int width;
    final int height;

    private LibavVideo(Path file, MemoryInput memory, AVFormatContext format, AVCodecContext codec, int streamIndex,
                       double frameRate) {
        this.file = file;
        this.memory = memory;
        this.format = format;
        this.codec = codec;
        this.streamIndex = streamIndex;
        this.frameRate = frameRate;
        this.width = codec.width();
        this.height = codec.height();
    }

    static LibavVideo open(Path file, VideoLimits limits) {
        return open(file, null, openInput(file, "file:" + file.toAbsolutePath(), null, "file"), limits);
    }

    /**
     * Opens a video held in memory, read through a {@link MemoryInput}: no protocol is allowed at all, so the
     * demuxer cannot reach any file or URL; {@code label} names the upload in errors.
     */
    static LibavVideo open(byte[] content, Path label, VideoLimits limits) {
        MemoryInput memory = new MemoryInput(content);
        AVFormatContext format;
        try {
            format = openInput(label, null, memory, "none");
        } catch (RuntimeException e) {
            memory.close();
            throw e;
        }
        return open(label, memory, format, limits);
    }

    private static LibavVideo open(Path file, MemoryInput memory, AVFormatContext format, VideoLimits limits) {
        AVCodecContext codec = null;
        try {
            check(file, avformat_find_stream_info(format, (PointerPointer<?>) null), "cannot read the stream info");
            int index = videoStream(file, format);
            AVStream stream = format.streams(index);
            checkLimits(file, limits, format, stream);
            codec = openDecoder(file, stream.codecpar());
            return new LibavVideo(file, memory, format, codec, index, frameRate(file, stream));
        } catch (RuntimeException e) {
            if (codec != null) {
                avcodec_free_context(codec);
            }
            closeInput(format, memory);
            throw e;
        }
    }

    /** Opens {@code url}, or with {@code memory} its IO context (FFmpeg then marks the IO as the caller's). */
    private static AVFormatContext openInput(Path file, String url, MemoryInput memory, String protocols) {
        AVFormatContext format = avformat_alloc_context();
        if (memory != null) {
            format.pb(memory.context());
        }
        AVDictionary options = new AVDictionary(null);
        av_dict_set(options, "protocol_whitelist", protocols, 0);
        av_dict_set(options, "format_whitelist", CONTAINERS, 0);
        try {
            int rc = avformat_open_input(format, url, null, options);
            if (rc < 0) {
                throw new VideoException.Unreadable(file, "not a video container FFmpeg reads: "
                        + LibavErrors.describe(rc));
            }
            return format;
        } finally {
            av_dict_free(options);
        }
    }

    private static int videoStream(Path file, AVFormatContext format) {
        for (int i = 0; i < format.nb_streams(); i++) {
            if (format.streams(i).codecpar().codec_type() == AVMEDIA_TYPE_VIDEO) {
                return i;
            }
        }
        throw new VideoException.NoVideoStream(file);
    }

    private static void checkLimits(Path file, VideoLimits limits, AVFormatContext format, AVStream stream) {
        AVCodecParameters par = stream.codecpar();
        if (par.width() <= 0 || par.height() <= 0) {
            throw new VideoException.Unreadable(file, "the video stream has no dimensions (" + par.width() + "x"
                    + par.height() + ")");
        }
        limits.checkFrameSize(file, par.width(), par.height());
        limits.checkDuration(file, durationSeconds(format, stream));
    }

    /** The container's duration, else the stream's, else 0 (unknown: the decode loop bounds it then). */
    private static double durationSeconds(AVFormatContext format, AVStream stream) {
        if (format.duration() != AV_NOPTS_VALUE && format.duration() > 0) {
            return format.duration() / (double) AV_TIME_BASE;
        }
        if (stream.duration() != AV_NOPTS_VALUE && stream.duration() > 0) {
            return stream.duration() * av_q2d(stream.time_base());
        }
        return 0;
    }

    private static AVCodecContext openDecoder(Path file, AVCodecParameters par) {
        AVCodec decoder = avcodec_find_decoder(par.codec_id());
        if (decoder == null) {
            throw new VideoException.Unreadable(file, "no decoder for codec id " + par.codec_id());
        }
        AVCodecContext codec = avcodec_alloc_context3(decoder);
        try {
            check(file, avcodec_parameters_to_context(codec, par), "cannot configure the decoder");
            codec.thread_count(1);
            check(file, avcodec_open2(codec, decoder, (PointerPointer<?>) null), "cannot open the decoder");
            return codec;
        } catch (RuntimeException e) {
            avcodec_free_context(codec);
            throw e;
        }
    }

    private static double frameRate(Path file, AVStream stream) {
        AVRational rate = stream.avg_frame_rate();
        if (rate.num() == 0 || rate.den() == 0) {
            rate = stream.r_frame_rate();
        }
        double fps = rate.den() == 0 ? 0 : rate.num() / (double) rate.den();
        if (!(fps > 0) || Double.isInfinite(fps)) {
            throw new VideoException.Unreadable(file, "the video stream has no frame rate");
        }
        return fps;
    }

    static void check(Path file, int rc, String what) {
        if (rc < 0) {
            throw new VideoException.Unreadable(file, what + ": " + LibavErrors.describe(rc));
        }
    }

    /** Closes the demuxer, then the memory it read through (FFmpeg never frees a caller's IO context). */
    private static void closeInput(AVFormatContext format, MemoryInput memory) {
        avformat_close_input(format);
        if (memory != null) {
            memory.close();
        }
    }

    @Override
    public void close() {
        avcodec_free_context(codec);
        closeInput(format, memory);
    }
}
