package org.custos.video.match;

import java.util.List;
import org.custos.hash.PdqHash;

/** Compares two videos directly, every query hash against every listed hash: the reference for the index. */
public final class VpdqMatcher {
    private VpdqMatcher() {
    }

    public static MatchPercentages compare(VpdqSignature query, VpdqSignature listed, int distance) {
        return MatchPercentages.of(matched(query.hashes(), listed.hashes(), distance), query.size(),
                matched(listed.hashes(), query.hashes(), distance), listed.size());
    }

    /** How many of {@code from} lie within {@code distance} of some hash of {@code to}. */
    private static int matched(List<PdqHash> from, List<PdqHash> to, int distance) {
        int count = 0;
        for (PdqHash a : from) {
            for (PdqHash b : to) {
                if (a.distance(b) <= distance) {
                    count++;
                    break;
                }
            }
        }
        return count;
    }
}
