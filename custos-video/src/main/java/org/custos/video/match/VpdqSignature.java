package org.custos.video.match;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.custos.Preconditions;
import org.custos.hash.PdqHash;
import org.custos.hash.PdqResult;
import org.custos.video.VpdqFrame;

/**
 * The matchable form of a video's vPDQ: a bag of frame hashes, as python-threatexchange matches them. Frames of
 * quality under 50 are dropped (PDQ calls them unreliable) and equal hashes kept once, in order of first
 * appearance. Percentages of matched frames count these distinct hashes.
 */
public record VpdqSignature(List<PdqHash> hashes) {
    public VpdqSignature {
        hashes = List.copyOf(Preconditions.checkNotNull(hashes, "hashes"));
    }

    public static VpdqSignature of(List<VpdqFrame> frames) {
        Set<PdqHash> distinct = new LinkedHashSet<>();
        for (VpdqFrame frame : frames) {
            if (frame.quality() >= PdqResult.MIN_MATCHABLE_QUALITY) {
                distinct.add(frame.hash());
            }
        }
        return new VpdqSignature(new ArrayList<>(distinct));
    }

    public int size() {
        return hashes.size();
    }

    public boolean isEmpty() {
        return hashes.isEmpty();
    }

    /**
     * Drops each hash within {@code distance} bits of the last hash kept: consecutive frames of a still scene
     * differ by a few bits, so an index of every listed frame shrinks several-fold while any frame a query could
     * hit within radius r is still within r + distance of a kept one.
     */
    public VpdqSignature collapsed(int distance) {
        Preconditions.checkRange(distance, 0, PdqHash.BITS, "distance");
        List<PdqHash> kept = new ArrayList<>();
        for (PdqHash hash : hashes) {
            if (kept.isEmpty() || kept.getLast().distance(hash) > distance) {
                kept.add(hash);
            }
        }
        return new VpdqSignature(kept);
    }
}
