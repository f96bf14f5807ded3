package org.custos.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Readers query while a writer adds and removes and the merger rebuilds segments under them: an entry added is
 * found by the very next query, a removed one never again, and no reader sees an error.
 */
class ConcurrencyTest {
    @Test
    void readersSeeEveryChangeAtOnceWhileSegmentsAreMerged() throws InterruptedException {
        SplittableRandom random = new SplittableRandom(11);
        SyntheticHashes data = SyntheticHashes.uniform(random);
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        AtomicBoolean done = new AtomicBoolean();
        try (PdqIndex index = PdqIndex.create()) {
            List<Thread> readers = new ArrayList<>();
            for (int r = 0; r < 2; r++) {
                readers.add(Thread.ofPlatform().start(() -> read(index, done, failures)));
            }
            List<Entry> live = new ArrayList<>();
            for (int i = 0; i < 150_000; i++) {
                Entry e = new Entry(i, data.next(), 0);
                index.add(e);
                live.add(e);
                if (i % 1000 == 0) {
                    assertThat(index.query(e.hash(), 0)).extracting(Match::entry).contains(e);
                    Entry gone = live.remove(random.nextInt(live.size()));
                    assertThat(index.remove(gone)).isEqualTo(1);
                    assertThat(index.query(gone.hash(), 0)).extracting(Match::entry).doesNotContain(gone);
                }
            }
            index.compact();
            done.set(true);
            for (Thread t : readers) {
                t.join();
            }
            assertThat(failures).isEmpty();
            assertThat(index.size()).isEqualTo(live.size());
            for (Entry e : live.subList(0, 2000)) {
                assertThat(index.query(e.hash(), 0)).extracting(Match::entry).contains(e);
            }
        }
    }

    private static void read(PdqIndex index, AtomicBoolean done, ConcurrentLinkedQueue<Throwable> failures) {
        SplittableRandom random = new SplittableRandom();
        try {
            while (!done.get()) {
                index.query(SyntheticHashes.random(random), PdqIndex.DEFAULT_RADIUS);
            }
        } catch (Throwable t) {
            failures.add(t);
        }
    }
}
