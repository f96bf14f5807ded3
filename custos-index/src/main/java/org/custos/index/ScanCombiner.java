package org.custos.index;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.custos.hash.PdqHash;

/**
 * Micro-batching of concurrent scans of one segment (flat combining): a query that must scan enqueues itself;
 * whichever thread holds the segment's scan lock drains the queue and runs every waiting query in one
 * {@link FlatScan#scanBatch} pass, so concurrent scans share one read of memory. A lone query becomes its own
 * leader at once and pays nothing; a follower waits for its batch, retrying the lock on a short timeout so a
 * query enqueued just as a leader let go is never stranded.
 */
final class ScanCombiner {
    private static final int MAX_BATCH = 64;
    private static final long RETRY_MICROS = 200;

    private record Waiting(PdqHash query, int radius, MatchSink sink, CountDownLatch done) {
    }

    private final ConcurrentLinkedQueue<Waiting> queue = new ConcurrentLinkedQueue<>();
    private final ReentrantLock leader = new ReentrantLock();

    void scan(Segment segment, PdqHash query, int radius, MatchSink sink) {
        Waiting me = new Waiting(query, radius, sink, new CountDownLatch(1));
        queue.add(me);
        while (me.done().getCount() > 0) {
            if (leader.tryLock()) {
                try {
                    drain(segment);
                } finally {
                    leader.unlock();
                }
            } else {
                await(me.done());
            }
        }
    }

    private void drain(Segment segment) {
        for (List<Waiting> batch = poll(); !batch.isEmpty(); batch = poll()) {
            PdqHash[] queries = new PdqHash[batch.size()];
            int[] radii = new int[batch.size()];
            MatchSink[] sinks = new MatchSink[batch.size()];
            for (int i = 0; i < queries.length; i++) {
                queries[i] = batch.get(i).query();
                radii[i] = batch.get(i).radius();
                sinks[i] = batch.get(i).sink();
            }
            try {
                FlatScan.scanBatch(segment.rows, segment.size, segment.deleted, queries, radii, sinks);
            } finally {
                batch.forEach(w -> w.done().countDown());
            }
        }
    }

    private List<Waiting> poll() {
        List<Waiting> batch = new ArrayList<>();
        for (Waiting w = queue.poll(); w != null; w = batch.size() < MAX_BATCH - 1 ? queue.poll() : null) {
            batch.add(w);
        }
        return batch;
    }

    private static void await(CountDownLatch done) {
        try {
            done.await(RETRY_MICROS, TimeUnit.MICROSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
