package org.custos.hash;

import org.custos.Preconditions;

/** A PDQ hash with its quality (0–100; below 50 the reference calls a hash unreliable for matching). */
public record PdqResult(PdqHash hash, int quality) {
    public static final int MIN_MATCHABLE_QUALITY = 50;

    public PdqResult {
        Preconditions.checkNotNull(hash, "hash");
        Preconditions.checkRange(quality, 0, 100, "quality");
    }

    public boolean matchable() {
        return quality >= MIN_MATCHABLE_QUALITY;
    }
}
