package org.custos.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.custos.hash.PdqHash;
import org.junit.jupiter.api.Test;

/** Concurrent scans of a large segment, batched together, each get exactly their own answer. */
class ScanCombinerTest {
    @Test
    void concurrentScansGetTheAnswersOfLoneScans() throws InterruptedException {
        SplittableRandom random = new SplittableRandom(5);
        Oracle oracle = new Oracle();
        Segment segment = SegmentTest.build(oracle, SyntheticHashes.clustered(random), Segment.COMBINED_SCAN_ROWS, 0);
        List<PdqHash> queries = new ArrayList<>();
        for (int i = 0; i < 48; i++) {
            queries.add(SegmentTest.query(oracle, random));
        }
        ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int first = t;
            threads.add(Thread.ofPlatform().start(() -> {
                for (int i = first; i < queries.size(); i += 4) {
                    int radius = 10 + i;
                    List<Match> lone = new ArrayList<>();
                    FlatScan.scan(segment.rows, 0, segment.size, segment.deleted, queries.get(i), radius,
                            (rows, row, d) -> lone.add(new Match(rows.entry(row), d)));
                    lone.sort(Match.ORDER);
                    if (!SegmentTest.answers(segment, queries.get(i), radius).equals(lone)) {
                        wrong.add("query " + i);
                    }
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        assertThat(wrong).isEmpty();
    }
}
