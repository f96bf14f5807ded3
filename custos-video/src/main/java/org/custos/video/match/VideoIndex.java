package org.custos.video.match;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.custos.Preconditions;
import org.custos.hash.PdqHash;

/*
 * vPDQ matching over one PDQ index (python-threatexchange's VPDQIndex idea, written anew): every frame hash of
 * every listed video lives in a FrameIndex, with a posting from the frame id to its video. A query looks up each
 * of its distinct hashes within the policy's distance; a video's query share is the number of query hashes that
 * hit any of its frames over the query's size, its listed share the number of its frames hit over its size. Both
 * equal the brute-force VpdqMatcher's, when frames are not collapsed.
 *
 * Listed videos are indexed with every frame (sampling both sides sparsely loses matches to the phase offset
 * between the two samplings), collapsed: a frame within `collapseDistance` bits of the previous kept frame is
 * dropped, which shrinks the index and moves the listed share slightly (fewer, more distinct frames).
 * Removing a video tombstones it; its frames stay in the frame index but no longer count.
 */
public final class VideoIndex<K> {
    private final FrameIndex frames;
    private final int collapseDistance;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final List<K> videos = new ArrayList<>();
    private final List<Integer> videoSizes = new ArrayList<>();
    private final Map<K, Integer> ordinals = new HashMap<>();
    private final BitSet removed = new BitSet();
    private int[] frameVideo = new int[256];

    public VideoIndex(FrameIndex frames, int collapseDistance) {
        Preconditions.check(frames != null && frames.size() == 0, "the frame index must be given empty");
        this.frames = frames;
        this.collapseDistance = Preconditions.checkRange(collapseDistance, 0, PdqHash.BITS, "collapseDistance");
    }

    /** Adds a listed video, replacing an earlier one of the same key; an empty signature is refused. */
    public void add(K video, VpdqSignature listed) {
        Preconditions.checkNotNull(video, "video");
        Preconditions.check(!listed.isEmpty(), "video %s has no frame of quality >= 50 to index", video);
        VpdqSignature kept = listed.collapsed(collapseDistance);
        lock.writeLock().lock();
        try {
            remove(video);
            int ordinal = videos.size();
            videos.add(video);
            videoSizes.add(kept.size());
            ordinals.put(video, ordinal);
            kept.hashes().forEach(hash -> post(frames.add(hash), ordinal));
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Stops a listed video from matching at once; returns whether it was there. */
    public boolean remove(K video) {
        lock.writeLock().lock();
        try {
            Integer ordinal = ordinals.remove(video);
            if (ordinal != null) {
                removed.set(ordinal);
            }
            return ordinal != null;
        } finally {
            lock.writeLock().unlock();
        }
    }

    public int videoCount() {
        lock.readLock().lock();
        try {
            return ordinals.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The listed videos the query matches under the policy, best query share first. */
    public List<VideoMatch<K>> query(VpdqSignature query, VpdqMatchPolicy policy) {
        lock.readLock().lock();
        try {
            List<VideoMatch<K>> matches = new ArrayList<>();
            new Tally(query, policy.distance()).percentages().forEach((ordinal, percentages) -> {
                if (percentages.meets(policy)) {
                    matches.add(new VideoMatch<>(videos.get(ordinal), percentages));
                }
            });
            matches.sort(Comparator.comparingDouble((VideoMatch<K> m) -> m.percentages().queryPercent())
                    .reversed());
            return matches;
        } finally {
            lock.readLock().unlock();
        }
    }

    private void post(int frameId, int ordinal) {
        if (frameId >= frameVideo.length) {
            frameVideo = java.util.Arrays.copyOf(frameVideo, Math.max(frameId + 1, frameVideo.length * 2));
        }
        frameVideo[frameId] = ordinal;
    }

    /** The hits of one query: per video, the query hashes that hit it and the frames of it that were hit. */
    private final class Tally {
        private final Map<Integer, int[]> queryHits = new HashMap<>();
        private final Map<Integer, int[]> framesHit = new HashMap<>();
        private final BitSet hitFrames = new BitSet();
        private final int querySize;

        Tally(VpdqSignature query, int distance) {
            querySize = query.size();
            BitSet videosOfThisHash = new BitSet();
            for (PdqHash hash : query.hashes()) {
                videosOfThisHash.clear();
                frames.search(hash, distance, id -> hit(id, videosOfThisHash));
                videosOfThisHash.stream().forEach(v -> queryHits.computeIfAbsent(v, k -> new int[1])[0]++);
            }
        }

        private void hit(int frameId, BitSet videosOfThisHash) {
            int ordinal = frameVideo[frameId];
            if (removed.get(ordinal)) {
                return;
            }
            videosOfThisHash.set(ordinal);
            if (!hitFrames.get(frameId)) {
                hitFrames.set(frameId);
                framesHit.computeIfAbsent(ordinal, k -> new int[1])[0]++;
            }
        }

        Map<Integer, MatchPercentages> percentages() {
            Map<Integer, MatchPercentages> out = new HashMap<>();
            queryHits.forEach((ordinal, hits) -> out.put(ordinal, MatchPercentages.of(hits[0], querySize,
                    framesHit.get(ordinal)[0], videoSizes.get(ordinal))));
            return out;
        }
    }
}
