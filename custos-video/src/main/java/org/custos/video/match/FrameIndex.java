package org.custos.video.match;

import java.util.function.IntConsumer;
import org.custos.hash.PdqHash;

/**
 * A PDQ index of frame hashes, each with a dense id from 0, searched by Hamming radius: custos-index's PDQ
 * index ({@link #pdqIndex()}) or a flat scan ({@link #bruteForce()}), both exact.
 */
public interface FrameIndex extends AutoCloseable {
    static FrameIndex bruteForce() {
        return new BruteForceFrameIndex();
    }

    /** Frames in custos-index's exact PDQ index (multi-index hashing): sub-linear search for large banks. */
    static FrameIndex pdqIndex() {
        return new PdqIndexFrameIndex(org.custos.index.PdqIndex.create());
    }

    /** Adds a frame hash and returns its id (the number of frames added before it). */
    int add(PdqHash hash);

    /** Calls {@code ids} with the id of every frame within {@code radius} bits of {@code query}. */
    void search(PdqHash query, int radius, IntConsumer ids);

    int size();

    /** Releases what the index holds (custos-index's background merges); a no-op for a flat scan. */
    @Override
    default void close() {
    }
}
