package org.custos.index;

import java.util.ArrayList;
import java.util.List;
import org.custos.hash.PdqHash;

/**
 * Fills scan-only chunks, then merges them into as few segments as the 2^24-row cap allows, of even size. With
 * the expected size known, a chunk is a whole segment's rows and the build sorts them without copying them
 * first.
 */
final class PdqIndexBuilder implements PdqIndex.Builder {
    private static final int MIN_CHUNK_ROWS = 1 << 16;
    private static final int DEFAULT_CHUNK_ROWS = 1 << 20;

    private final int chunkRows;
    private final List<Segment> chunks = new ArrayList<>();
    private Rows current;
    private int used;

    PdqIndexBuilder() {
        this(DEFAULT_CHUNK_ROWS);
    }

    PdqIndexBuilder(long expectedEntries) {
        long segments = Math.max(1, (expectedEntries + MultiIndex.MAX_ROWS - 1) / MultiIndex.MAX_ROWS);
        chunkRows = Math.clamp((expectedEntries + segments - 1) / segments, MIN_CHUNK_ROWS, MultiIndex.MAX_ROWS);
    }

    @Override
    public PdqIndex.Builder add(long id, PdqHash hash, int listId) {
        if (current == null || used == chunkRows) {
            seal();
            current = Rows.allocate(chunkRows);
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
