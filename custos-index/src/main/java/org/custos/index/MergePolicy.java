package org.custos.index;

import java.util.List;

/**
 * Which segments to merge next, log-structured: the newest run of segments in which each older segment holds
 * at most twice the live rows of the newer ones together, so every row is rewritten O(log n) times. A lone
 * segment is rebuilt when it has outgrown the scan (a sealed buffer) or a quarter of its rows are removed.
 */
final class MergePolicy {
    private MergePolicy() {
    }

    /** The range [from, to) of segments to merge, or null if none needs it. */
    static int[] pick(List<Segment> segments) {
        int to = segments.size();
        int from = to;
        long live = 0;
        while (from > 0) {
            long next = segments.get(from - 1).live();
            if ((from < to && next > 2 * live) || live + next > MultiIndex.MAX_ROWS) {
                break;
            }
            live += next;
            from--;
        }
        if (to - from >= 2 || (to - from == 1 && needsRebuild(segments.get(from)))) {
            return new int[] {from, to};
        }
        for (int i = 0; i < segments.size(); i++) {
            if (tooManyRemoved(segments.get(i))) {
                return new int[] {i, i + 1};
            }
        }
        return null;
    }

    private static boolean needsRebuild(Segment segment) {
        return segment.index == null && SlotLayout.forRows(segment.live()) != null || tooManyRemoved(segment);
    }

    private static boolean tooManyRemoved(Segment segment) {
        return segment.size > 0 && (long) segment.deleted.count() * 4 >= segment.size;
    }
}
