package org.custos.index;

import java.util.ArrayList;
import java.util.List;
import org.custos.hash.PdqHash;

/** A batch on one segment: each query the multi-index accepts runs there, the rest share one scan. */
final class BatchQuery {
    private BatchQuery() {
    }

    static void run(Segment segment, PdqHash[] queries, int radius, MatchSink[] sinks) {
        List<Integer> scanned = new ArrayList<>();
        for (int i = 0; i < queries.length; i++) {
            if (segment.index == null
                    || !segment.index.search(segment.rows, segment.deleted, queries[i], radius, sinks[i])) {
                scanned.add(i);
            }
        }
        if (scanned.isEmpty()) {
            return;
        }
        PdqHash[] rest = scanned.stream().map(i -> queries[i]).toArray(PdqHash[]::new);
        MatchSink[] restSinks = scanned.stream().map(i -> sinks[i]).toArray(MatchSink[]::new);
        int[] radii = new int[rest.length];
        java.util.Arrays.fill(radii, radius);
        FlatScan.scanBatch(segment.rows, segment.size, segment.deleted, rest, radii, restSinks);
    }
}
