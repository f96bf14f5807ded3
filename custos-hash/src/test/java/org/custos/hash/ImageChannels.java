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
            return JpegHeader.components(b, b.length);
        }
        return -1;
    }

    static boolean sixteenBitPng(Path file) throws IOException {
        byte[] b = Files.readAllBytes(file);
        return b.length > 26 && b[0] == (byte) 0x89 && b[1] == 'P' && b[24] == 16;
    }
}
