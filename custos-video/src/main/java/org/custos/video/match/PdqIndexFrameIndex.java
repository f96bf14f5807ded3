package org.custos.video.match;

import java.util.function.IntConsumer;
import org.custos.hash.PdqHash;
import org.custos.index.Entry;
import org.custos.index.Match;
import org.custos.index.PdqIndex;

/** Frames in custos-index's exact PDQ index: the entry id is the frame id, the list id unused (0). */
final class PdqIndexFrameIndex implements FrameIndex {
    private final PdqIndex index;
    private int size;

    PdqIndexFrameIndex(PdqIndex index) {
        this.index = index;
    }

    @Override
    public synchronized int add(PdqHash hash) {
        index.add(new Entry(size, hash, 0));
        return size++;
    }

    @Override
    public void search(PdqHash query, int radius, IntConsumer ids) {
        for (Match match : index.query(query, radius)) {
            ids.accept((int) match.entry().id());
        }
    }

    @Override
    public synchronized int size() {
        return size;
    }

    @Override
    public void close() {
        index.close();
    }
}
