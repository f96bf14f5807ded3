package org.custos.video;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.custos.Preconditions;
import org.custos.hash.PdqHash;
import org.custos.hash.PdqResult;

/**
 * One hashed frame of a vPDQ hash: its number in decode order (0-based), its PDQ hash and quality, and its time,
 * {@code (float) frameNumber / (float) frameRate} seconds, as Meta's vPDQ computes it (in float32).
 */
public record VpdqFrame(long frameNumber, PdqResult pdq, double timestampSeconds) {
    public VpdqFrame {
        Preconditions.check(frameNumber >= 0, "frameNumber must not be negative, was %d", frameNumber);
        Preconditions.checkNotNull(pdq, "pdq");
        Preconditions.check(timestampSeconds >= 0 && Double.isFinite(timestampSeconds),
                "timestampSeconds must be a finite non-negative number, was %s", timestampSeconds);
    }

    public static VpdqFrame of(long frameNumber, PdqResult pdq, double frameRate) {
        return new VpdqFrame(frameNumber, pdq, (float) frameNumber / (float) frameRate);
    }

    public PdqHash hash() {
        return pdq.hash();
    }

    public int quality() {
        return pdq.quality();
    }

    /** The reference line {@code frameNumber,quality,pdqHex,timestamp}, the time with 3 decimals. */
    public String toLine() {
        return frameNumber + "," + quality() + "," + hash().toHex() + "," + formatSeconds(timestampSeconds);
    }

    /** Three decimals of the exact binary value, rounded half to even, as C's {@code printf("%.3f")} does. */
    static String formatSeconds(double seconds) {
        return new BigDecimal(seconds).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
    }
}
