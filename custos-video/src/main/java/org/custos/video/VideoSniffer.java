package org.custos.video;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Tells video files from others by their first bytes, so a caller can route a file to {@link VideoHasher} or to
 * the image hasher without trusting its name: ISO BMFF ({@code ftyp} at offset 4: MP4, MOV, 3GP, M4V),
 * Matroska/WebM (EBML), AVI (RIFF...AVI), FLV, MPEG program and transport streams, ASF/WMV and Ogg.
 * A match says "hand it to FFmpeg", not that it will decode.
 */
public final class VideoSniffer {
    /** Bytes to read: enough for every signature here. */
    public static final int HEAD_BYTES = 12;

    private static final byte[] EBML = {0x1a, 0x45, (byte) 0xdf, (byte) 0xa3};
    private static final byte[] ASF = {0x30, 0x26, (byte) 0xb2, 0x75, (byte) 0x8e, 0x66, (byte) 0xcf, 0x11};
    private static final byte[] MPEG_PS = {0, 0, 1, (byte) 0xba};

    private VideoSniffer() {
    }

    public static boolean isVideo(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return isVideo(in.readNBytes(HEAD_BYTES));
        } catch (IOException e) {
            return false;
        }
    }

    public static boolean isVideo(byte[] head) {
        return ascii(head, 4, "ftyp") || startsWith(head, EBML) || (ascii(head, 0, "RIFF") && ascii(head, 8, "AVI "))
                || ascii(head, 0, "FLV") || startsWith(head, MPEG_PS) || startsWith(head, ASF)
                || ascii(head, 0, "OggS") || (head.length >= 1 && head[0] == 0x47 && transportStream(head));
    }

    /** An MPEG-TS packet starts with the sync byte 0x47 and a PID whose reserved bits are sane. */
    private static boolean transportStream(byte[] head) {
        return head.length >= 4 && (head[3] & 0xc0) == 0 && (head[1] & 0x80) == 0;
    }

    private static boolean ascii(byte[] head, int at, String text) {
        byte[] expected = text.getBytes(StandardCharsets.US_ASCII);
        return head.length >= at + expected.length
                && Arrays.equals(head, at, at + expected.length, expected, 0, expected.length);
    }

    private static boolean startsWith(byte[] head, byte[] prefix) {
        return head.length >= prefix.length && Arrays.equals(head, 0, prefix.length, prefix, 0, prefix.length);
    }
}
