package org.custos.hash;

import org.custos.Preconditions;

/**
 * Limits and choices of an {@link ImageHasher}: images declaring more than {@code maxPixels} and files larger than
 * {@code maxFileBytes} are refused before decoding; {@code dihedral} adds the eight dihedral hashes.
 */
public record HashOptions(long maxPixels, long maxFileBytes, boolean dihedral) {
    public static final long DEFAULT_MAX_PIXELS = 200_000_000L;
    public static final long DEFAULT_MAX_FILE_BYTES = 1L << 30;
    public static final HashOptions DEFAULTS = new HashOptions(DEFAULT_MAX_PIXELS, DEFAULT_MAX_FILE_BYTES, false);

    public HashOptions {
        Preconditions.check(maxPixels > 0, "maxPixels must be positive, was %d", maxPixels);
        Preconditions.check(maxFileBytes > 0 && maxFileBytes <= Integer.MAX_VALUE - 8,
                "maxFileBytes must be between 1 and %d, was %d", Integer.MAX_VALUE - 8, maxFileBytes);
    }

    public HashOptions withDihedral(boolean on) {
        return new HashOptions(maxPixels, maxFileBytes, on);
    }

    public HashOptions withMaxPixels(long limit) {
        return new HashOptions(limit, maxFileBytes, dihedral);
    }
}
