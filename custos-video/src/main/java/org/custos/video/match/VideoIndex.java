package org.custos.video.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.custos.Preconditions;
import org.custos.hash.PdqHash;

/*
 * vPDQ matching over one PDQ index (python-threatexchange's VPDQIndex idea, written anew): every frame hash of
 * every listed video lives in a FrameIndex, with a posting from the frame id to its video. A query looks up each
 * of its distinct hashes within the policy's distance; a video's query share is the number of query hashes that
 * hit any of its frames over the query's size, its listed share the number of its frames hit over its size. Both
 * equal the brute-force VpdqMatcher's when frames are not collapsed.
 *
 * Listed videos are indexed with every frame (sampling both sides sparsely loses matches to the phase offset
 * between the two samplings), collapsed: a frame within `collapseDistance` bits of the previous kept frame is
 * dropped, which shrinks the index and moves the listed share slightly (fewer, more distinct frames).
 * Removing a video tombstones it: its frames stay in the frame index but count no more, at once.
 */
public final class VideoIndex<K> implements AutoCloseable {
    /** Consecutive listed frames within this many bits are indexed once (6,858 -> 5,782 sample frames). */
    public static final int DEFAULT_COLLAPSE_DISTANCE = 8;

    private final FrameIndex frames;
    private final int collapseDistance;
    private final VideoPostings<K> postings = new VideoPostings<>();
    private final ReadWriteLock lock = new ReentrantReadWriteLock();

    public VideoIndex(FrameIndex frames, int collapseDistance) {
        Preconditions.check(frames != null && frames.size() == 0, "the frame index must be given empty");
        this.frames = frames;
        this.collapseDistance = Preconditions.checkRange(collapseDistance, 0, PdqHash.BITS, "collapseDistance");
    }

    /** Over custos-index's PDQ index, collapsing within {@link #DEFAULT_COLLAPSE_DISTANCE} bits. */
    public static <K> VideoIndex<K> create() {
        return new VideoIndex<>(FrameIndex.pdqIndex(), DEFAULT_COLLAPSE_DISTANCE);
    }

    /** Adds a listed video, replacing an earlier one of the same key; an empty signature is refused. */
    public void add(K video, VpdqSignature listed) {
        Preconditions.checkNotNull(video, "video");
        Preconditions.check(!listed.isEmpty(), "video %s has no frame of quality >= 50 to index", video);
        VpdqSignature kept = listed.collapsed(collapseDistance);
        lock.writeLock().lock();
        try {
            postings.remove(video);
            int ordinal = postings.addVideo(video, kept.size());
            kept.hashes().forEach(hash -> postings.post(frames.add(hash), ordinal));
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Stops a listed video from matching at once; returns whether it was there. */
    public boolean remove(K video) {
        lock.writeLock().lock();
        try {
            return postings.remove(video);
        } finally {
            lock.writeLock().unlock();
        }
    }

    public int videoCount() {
        lock.readLock().lock();
        try {
            return postings.liveVideos();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The listed videos the query matches under the policy, best query share first. */
    public List<VideoMatch<K>> query(VpdqSignature query, VpdqMatchPolicy policy) {
        lock.readLock().lock();
        try {
            List<VideoMatch<K>> matches = new ArrayList<>();
            new QueryTally(query, policy.distance(), frames, postings).percentages().forEach((ordinal, shares) -> {
                if (shares.meets(policy)) {
                    matches.add(new VideoMatch<>(postings.video(ordinal), shares));
                }
            });
            matches.sort(Comparator.comparingDouble((VideoMatch<K> m) -> m.percentages().queryPercent())
                    .reversed());
            return matches;
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public void close() {
        frames.close();
    }
}
