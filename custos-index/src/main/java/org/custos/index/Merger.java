package org.custos.index;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.custos.CustosException;

/**
 * Runs the {@link MergePolicy} on one background thread. A merge reads frozen copies of its sources'
 * tombstones, builds without any lock, then swaps under the write lock, first replaying onto the new segment
 * the removals made while it was building, so no removal is lost and no reader ever waits.
 */
final class Merger implements AutoCloseable {
    private final SegmentedPdqIndex index;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "custos-index-merge");
        t.setDaemon(true);
        return t;
    });

    Merger(SegmentedPdqIndex index) {
        this.index = index;
    }

    void schedule() {
        if (!thread.isShutdown()) {
            thread.execute(this::mergeAll);
        }
    }

    /** Runs every merge the policy asks for, on the merge thread, and waits for it. */
    void runPending() {
        try {
            thread.submit(this::mergeAll).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CustosException("interrupted while merging index segments", e);
        } catch (ExecutionException e) {
            throw new CustosException("merging index segments failed: " + e.getCause(), e.getCause());
        }
    }

    private void mergeAll() {
        while (mergeOnce()) {
            // each round merges one run; the policy decides when to stop
        }
    }

    private boolean mergeOnce() {
        List<Segment> picked;
        List<long[]> frozen = new ArrayList<>();
        synchronized (index.writeLock) {
            int[] range = MergePolicy.pick(index.state.segments());
            if (range == null) {
                return false;
            }
            picked = List.copyOf(index.state.segments().subList(range[0], range[1]));
            picked.forEach(s -> frozen.add(s.deleted.words()));
        }
        List<Segment> sources = new ArrayList<>();
        for (int i = 0; i < picked.size(); i++) {
            Segment s = picked.get(i);
            sources.add(new Segment(s.rows, s.size, s.index, Tombstones.of(frozen.get(i))));
        }
        Segment merged = SegmentBuilder.merge(sources);
        synchronized (index.writeLock) {
            replayRemovals(picked, frozen, merged);
            swap(picked, merged);
        }
        return true;
    }

    private static void replayRemovals(List<Segment> picked, List<long[]> frozen, Segment merged) {
        for (int i = 0; i < picked.size(); i++) {
            long[] before = frozen.get(i);
            long[] now = picked.get(i).deleted.words();
            for (int w = 0; w < now.length; w++) {
                for (long fresh = now[w] & ~before[w]; fresh != 0; fresh &= fresh - 1) {
                    merged.remove(picked.get(i).rows.entry(w * 64 + Long.numberOfTrailingZeros(fresh)));
                }
            }
        }
    }

    private void swap(List<Segment> picked, Segment merged) {
        SegmentedPdqIndex.State s = index.state;
        List<Segment> segments = new ArrayList<>(s.segments());
        int at = segments.indexOf(picked.getFirst());
        segments.subList(at, at + picked.size()).clear();
        if (merged.size > 0) {
            segments.add(at, merged);
        }
        index.state = new SegmentedPdqIndex.State(Collections.unmodifiableList(segments), s.buffer());
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
