package org.custos.hash;

/** The colour component count of a JPEG, read from its start-of-frame marker; -1 if not found. */
final class JpegHeader {
    private JpegHeader() {
    }

    static boolean isJpeg(byte[] content, int length) {
        return length > 3 && (content[0] & 0xff) == 0xff && (content[1] & 0xff) == 0xd8
                && (content[2] & 0xff) == 0xff;
    }

    /** Whether an Adobe APP14 segment says the three components are RGB (transform 0), not YCbCr. */
    static boolean adobeRgb(byte[] b, int length) {
        for (int i = 2; i + 16 < length && (b[i] & 0xff) == 0xff; i += 2 + ((b[i + 2] & 0xff) << 8 | b[i + 3] & 0xff)) {
            int marker = b[i + 1] & 0xff;
            if (marker == 0xda) {
                return false;
            }
            if (marker == 0xee && b[i + 4] == 'A' && b[i + 5] == 'd' && b[i + 6] == 'o' && b[i + 7] == 'b'
                    && b[i + 8] == 'e') {
                return b[i + 15] == 0;
            }
        }
        return false;
    }

    static int components(byte[] b, int length) {
        int i = 2;
        while (i + 9 < length && (b[i] & 0xff) == 0xff) {
            int marker = b[i + 1] & 0xff;
            int segment = (b[i + 2] & 0xff) << 8 | b[i + 3] & 0xff;
            boolean startOfFrame = marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8
                    && marker != 0xcc;
            if (startOfFrame) {
                return b[i + 9] & 0xff;
            }
            i += 2 + segment;
        }
        return -1;
    }
}
