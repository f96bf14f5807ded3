package org.custos.video;

/** Receives each sampled frame as packed RGB24; {@code rgb} is reused for the next frame, so copy what you keep. */
@FunctionalInterface
interface FrameSink {
    void accept(long frameNumber, byte[] rgb, int width, int height, int rowStride);
}
