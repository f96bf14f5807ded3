package org.custos.video.match;

import org.custos.Preconditions;
import org.custos.hash.PdqHash;

/**
 * When a query video matches a listed one: frames match within {@code distance} bits (inclusive), and at least
 * {@code queryPercent} of the query's frames and {@code listedPercent} of the listed video's frames must match.
 * The defaults are python-threatexchange's: distance 31, query 80 %, listed 0 %.
 */
public record VpdqMatchPolicy(int distance, double queryPercent, double listedPercent) {
    public static final VpdqMatchPolicy DEFAULT = new VpdqMatchPolicy(31, 80, 0);

    public VpdqMatchPolicy {
        Preconditions.checkRange(distance, 0, PdqHash.BITS, "distance");
        Preconditions.check(queryPercent >= 0 && queryPercent <= 100, "queryPercent must be 0-100, was %s",
                queryPercent);
        Preconditions.check(listedPercent >= 0 && listedPercent <= 100, "listedPercent must be 0-100, was %s",
                listedPercent);
    }
}
