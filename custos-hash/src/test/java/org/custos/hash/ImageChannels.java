package org.custos.hash;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Colour channels a JPEG (SOF component count) or PNG (IHDR colour type) stores, read from the header. */
final class ImageChannels {
    private ImageChannels() {
    }

    static int of(Path file) throws IOException {
        byte[] b = Files.readAllBytes(file);
        if (b.length > 26 && b[0] == (byte) 0x89 && b[1] == 'P') {
            return switch (b[25]) {
                case 0 -> 1;
                case 2 -> 3;
                case 3 -> 0;
                case 4 -> 2;
                case 6 -> 4;
                default -> -1;
            };
        }
        if (b.length > 4 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8) {
            return jpegComponents(b);
        }
        return -1;
    }

    static boolean sixteenBitPng(Path file) throws IOException {
        byte[] b = Files.readAllBytes(file);
        return b.length > 26 && b[0] == (byte) 0x89 && b[1] == 'P' && b[24] == 16;
    }

    private static int jpegComponents(byte[] b) {
        int i = 2;
        while (i + 9 < b.length) {
            int marker = b[i + 1] & 0xff;
            int length = (b[i + 2] & 0xff) << 8 | b[i + 3] & 0xff;
            boolean startOfFrame = marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8
                    && marker != 0xcc;
            if (startOfFrame) {
                return b[i + 9] & 0xff;
            }
            i += 2 + length;
        }
        return -1;
    }
}
