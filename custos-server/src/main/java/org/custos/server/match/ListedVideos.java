package org.custos.server.match;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.custos.CustosException;
import org.custos.video.VpdqJson;
import org.custos.video.match.VideoIndex;
import org.custos.video.match.VideoMatch;
import org.custos.video.match.VpdqMatchPolicy;
import org.custos.video.match.VpdqSignature;

/**
 * The vPDQ entries of every list, in custos-video's {@link VideoIndex}: each listed video is a bag of frame
 * hashes, and a query video matches it when at least 80 % of the query's distinct frames are within 31 bits
 * of one of its frames (python-threatexchange's defaults, {@link VpdqMatchPolicy#DEFAULT}). Adds and removes
 * are live, like the PDQ index's. A listed vPDQ that does not parse, or holds no frame of quality 50 or more,
 * cannot match anything; it is counted as {@link #unindexable} rather than stopping the feed.
 */
final class ListedVideos implements AutoCloseable {
    private final VideoIndex<VideoKey> index = VideoIndex.create();
    private final AtomicLong unindexable = new AtomicLong();

    /** An entry's video: entry keys are unique across lists; the list number rides along for the answer. */
    record VideoKey(long entryKey, int listNumber) {
    }

    void add(long entryKey, int listNumber, String vpdqJson) {
        try {
            VpdqSignature listed = VpdqSignature.of(VpdqJson.parse(vpdqJson));
            if (listed.isEmpty()) {
                unindexable.incrementAndGet();
                return;
            }
            index.add(new VideoKey(entryKey, listNumber), listed);
        } catch (CustosException e) {
            unindexable.incrementAndGet();
        }
    }

    void remove(long entryKey, int listNumber) {
        index.remove(new VideoKey(entryKey, listNumber));
    }

    List<Candidate> query(int query, VpdqSignature video) {
        List<Candidate> found = new ArrayList<>();
        for (VideoMatch<VideoKey> m : index.query(video, VpdqMatchPolicy.DEFAULT)) {
            found.add(Candidate.video(query, m.video().entryKey(), m.video().listNumber(), m.percentages()));
        }
        return found;
    }

    long size() {
        return index.videoCount();
    }

    long unindexable() {
        return unindexable.get();
    }

    @Override
    public void close() {
        index.close();
    }
}
