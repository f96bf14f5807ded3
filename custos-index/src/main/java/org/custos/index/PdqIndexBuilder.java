package org.custos.index;

import java.util.ArrayList;
import java.util.List;
import org.custos.hash.PdqHash;

/** Fills scan-only chunks, then merges them into as few segments as the 2^24-row cap allows, of even size. */
final class PdqIndexBuilder implements PdqIndex.Builder {
    private static final int CHUNK_ROWS = 1 << 20;

    private final List<Segment> chunks = new ArrayList<>();
    private Rows current;
    private int used;

    @Override
    public PdqIndex.Builder add(long id, PdqHash hash, int listId) {
        if (current == null || used == CHUNK_ROWS) {
            seal();
            current = Rows.allocate(CHUNK_ROWS);
        }
        current.set(used++, id, hash.w0(), hash.w1(), hash.w2(), hash.w3(), listId);
        return this;
    }

    @Override
    public PdqIndex build() {
        seal();
        long rows = chunks.stream().mapToLong(c -> c.size).sum();
        int segments = (int) Math.max(1, (rows + MultiIndex.MAX_ROWS - 1) / MultiIndex.MAX_ROWS);
        int perSegment = (chunks.size() + segments - 1) / Math.max(1, segments);
        List<Segment> built = new ArrayList<>();
        while (!chunks.isEmpty()) {
            List<Segment> group = chunks.subList(0, Math.min(perSegment, chunks.size()));
            built.add(SegmentBuilder.merge(List.copyOf(group)));
            group.clear();
        }
        return new SegmentedPdqIndex(built);
    }

    private void seal() {
        if (current != null && used > 0) {
            chunks.add(new Segment(current, used, null, new Tombstones(used)));
        }
        current = null;
        used = 0;
    }
}
