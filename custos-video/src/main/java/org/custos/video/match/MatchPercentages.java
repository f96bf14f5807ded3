package org.custos.video.match;

/**
 * How much of two videos matched: the share of the query's distinct frame hashes within the distance of some
 * frame of the listed video, and the share of the listed video's frame hashes within it of some query frame,
 * both in percent.
 */
public record MatchPercentages(double queryPercent, double listedPercent) {
    public static final MatchPercentages NONE = new MatchPercentages(0, 0);

    static MatchPercentages of(int queryMatched, int querySize, int listedMatched, int listedSize) {
        if (querySize == 0 || listedSize == 0) {
            return NONE;
        }
        return new MatchPercentages(queryMatched * 100.0 / querySize, listedMatched * 100.0 / listedSize);
    }

    public boolean meets(VpdqMatchPolicy policy) {
        return queryPercent >= policy.queryPercent() && listedPercent >= policy.listedPercent()
                && queryPercent > 0;
    }
}
