package org.custos.video;

import static org.bytedeco.ffmpeg.global.avutil.av_strerror;

/** FFmpeg's text for its negative error codes, for messages; FFmpeg's own logging is switched off. */
final class LibavErrors {
    /** {@code AVERROR(EAGAIN)} on Linux: the decoder wants more input before it can output a frame. */
    static final int EAGAIN = -11;

    private LibavErrors() {
    }

    static String describe(int code) {
        byte[] text = new byte[256];
        if (av_strerror(code, text, text.length) < 0) {
            return "FFmpeg error " + code;
        }
        int end = 0;
        while (end < text.length && text[end] != 0) {
            end++;
        }
        return new String(text, 0, end, java.nio.charset.StandardCharsets.US_ASCII) + " (" + code + ")";
    }
}
