package org.custos.reports.model;

import java.util.Locale;
import org.custos.Preconditions;

/** One digest of a file's exact bytes, lower-case hex of the algorithm's length. */
public record FileDigest(DigestAlgorithm algorithm, String hex) {
    public FileDigest {
        Preconditions.checkNotNull(algorithm, "digest algorithm");
        Preconditions.checkNotNull(hex, algorithm + " digest");
        hex = hex.strip().toLowerCase(Locale.ROOT);
        Preconditions.check(hex.length() == algorithm.hexLength() && hex.chars().allMatch(FileDigest::isHex),
                "%s digest must be %d hex characters, was '%s'", algorithm, algorithm.hexLength(), hex);
    }

    private static boolean isHex(int c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f';
    }
}
