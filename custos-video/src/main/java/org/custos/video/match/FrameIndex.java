package org.custos.video.match;

import java.util.function.IntConsumer;
import org.custos.hash.PdqHash;

/**
 * A PDQ index of frame hashes, each with a dense id from 0, searched by Hamming radius. The seam where
 * custos-index's PDQ index plugs in; {@link #bruteForce()} is the exact baseline.
 */
public interface FrameIndex {
    static FrameIndex bruteForce() {
        return new BruteForceFrameIndex();
    }

    /** Adds a frame hash and returns its id (the number of frames added before it). */
    int add(PdqHash hash);

    /** Calls {@code ids} with the id of every frame within {@code radius} bits of {@code query}. */
    void search(PdqHash query, int radius, IntConsumer ids);

    int size();
}
