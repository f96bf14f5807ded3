package org.custos.video;

/**
 * Which swscale code path converts decoded frames to RGB24. The two give different bytes for the same frame:
 * Meta's reference vPDQ hashes of the sample videos were made with the portable C path (all but
 * {@code test-padded-dimensions}, made with the x86 SIMD path). Both run at full speed; only the choice of
 * kernels differs.
 */
public enum SwscalePath {
    /** swscale's C kernels: the bytes behind Meta's reference hashes. The default. */
    C,
    /** swscale's CPU-specific SIMD kernels, as a stock FFmpeg build picks them. */
    SIMD
}
