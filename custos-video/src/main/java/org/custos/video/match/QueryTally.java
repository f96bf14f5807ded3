package org.custos.video.match;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import org.custos.hash.PdqHash;

/** The hits of one query: per listed video, how many query hashes hit it and how many of its frames were hit. */
final class QueryTally {
    private final Map<Integer, int[]> queryHits = new HashMap<>();
    private final Map<Integer, int[]> framesHit = new HashMap<>();
    private final BitSet hitFrames = new BitSet();
    private final BitSet videosOfOneHash = new BitSet();
    private final VideoPostings<?> postings;
    private final int querySize;

    QueryTally(VpdqSignature query, int distance, FrameIndex frames, VideoPostings<?> postings) {
        this.postings = postings;
        this.querySize = query.size();
        for (PdqHash hash : query.hashes()) {
            videosOfOneHash.clear();
            frames.search(hash, distance, this::hit);
            videosOfOneHash.stream().forEach(v -> queryHits.computeIfAbsent(v, k -> new int[1])[0]++);
        }
    }

    private void hit(int frameId) {
        int ordinal = postings.videoOf(frameId);
        if (ordinal < 0) {
            return;
        }
        videosOfOneHash.set(ordinal);
        if (!hitFrames.get(frameId)) {
            hitFrames.set(frameId);
            framesHit.computeIfAbsent(ordinal, k -> new int[1])[0]++;
        }
    }

    /** Percentages for every video that at least one query hash hit. */
    Map<Integer, MatchPercentages> percentages() {
        Map<Integer, MatchPercentages> out = new HashMap<>();
        queryHits.forEach((ordinal, hits) -> out.put(ordinal, MatchPercentages.of(hits[0], querySize,
                framesHit.get(ordinal)[0], postings.size(ordinal))));
        return out;
    }
}
