package org.custos.index;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.custos.Preconditions;
import org.custos.hash.PdqHash;

/**
 * Immutable segments plus an append buffer, published together as one volatile {@link State}: a query reads
 * the state once and never locks. Writers serialise on one lock; an add lands in the buffer, a removal sets
 * tombstone bits, both visible to the next query. The {@link Merger} turns sealed buffers into indexed segments
 * and merges segments in the background.
 */
final class SegmentedPdqIndex implements PdqIndex {
    record State(List<Segment> segments, AppendBuffer buffer) {
        List<Segment> all() {
            List<Segment> all = new ArrayList<>(segments);
            all.add(buffer.asSegment());
            return all;
        }
    }

    final Object writeLock = new Object();
    volatile State state;
    private final Merger merger = new Merger(this);

    SegmentedPdqIndex(List<Segment> segments) {
        state = new State(List.copyOf(segments), new AppendBuffer());
    }

    @Override
    public void add(Entry entry) {
        Preconditions.checkNotNull(entry, "entry");
        synchronized (writeLock) {
            if (!state.buffer().append(entry)) {
                seal();
                state.buffer().append(entry);
            }
        }
    }

    @Override
    public int remove(Entry entry) {
        Preconditions.checkNotNull(entry, "entry");
        synchronized (writeLock) {
            return state.all().stream().mapToInt(s -> s.remove(entry)).sum();
        }
    }

    @Override
    public List<Match> query(PdqHash hash, int radius) {
        Preconditions.checkNotNull(hash, "hash");
        checkRadius(radius);
        List<Match> out = new ArrayList<>();
        MatchSink sink = collector(out);
        for (Segment segment : state.all()) {
            segment.query(hash, radius, sink);
        }
        out.sort(Match.ORDER);
        return out;
    }

    @Override
    public List<Match> scan(PdqHash hash, int radius) {
        Preconditions.checkNotNull(hash, "hash");
        checkRadius(radius);
        List<Match> out = new ArrayList<>();
        MatchSink sink = collector(out);
        for (Segment segment : state.all()) {
            FlatScan.scan(segment.rows, 0, segment.size, segment.deleted, hash, radius, sink);
        }
        out.sort(Match.ORDER);
        return out;
    }

    @Override
    public List<List<Match>> queryBatch(List<PdqHash> hashes, int radius) {
        Preconditions.checkNotNull(hashes, "hashes");
        checkRadius(radius);
        PdqHash[] queries = hashes.toArray(PdqHash[]::new);
        List<List<Match>> answers = new ArrayList<>();
        MatchSink[] sinks = new MatchSink[queries.length];
        for (int i = 0; i < queries.length; i++) {
            Preconditions.checkNotNull(queries[i], "hash " + i);
            answers.add(new ArrayList<>());
            sinks[i] = collector(answers.get(i));
        }
        for (Segment segment : state.all()) {
            BatchQuery.run(segment, queries, radius, sinks);
        }
        answers.forEach(a -> a.sort(Match.ORDER));
        return answers;
    }

    @Override
    public List<Match> queryAny(List<PdqHash> variants, int radius) {
        Map<Entry, Integer> nearest = new HashMap<>();
        for (List<Match> answer : queryBatch(variants, radius)) {
            answer.forEach(m -> nearest.merge(m.entry(), m.distance(), Math::min));
        }
        List<Match> out = new ArrayList<>();
        nearest.forEach((entry, distance) -> out.add(new Match(entry, distance)));
        out.sort(Match.ORDER);
        return out;
    }

    @Override
    public long size() {
        return state.all().stream().mapToLong(Segment::live).sum();
    }

    @Override
    public long bytes() {
        return state.all().stream().mapToLong(Segment::bytes).sum();
    }

    @Override
    public void compact() {
        synchronized (writeLock) {
            seal();
        }
        merger.runPending();
    }

    @Override
    public void writeSnapshot(Path file) {
        IndexSnapshot.write(state.all(), file);
    }

    @Override
    public void close() {
        merger.close();
    }

    /** Called with the write lock held. */
    private void seal() {
        State s = state;
        if (s.buffer().isEmpty()) {
            return;
        }
        List<Segment> segments = new ArrayList<>(s.segments());
        segments.add(s.buffer().asSegment());
        state = new State(Collections.unmodifiableList(segments), new AppendBuffer());
        merger.schedule();
    }

    private static MatchSink collector(List<Match> out) {
        return (rows, row, distance) -> out.add(new Match(rows.entry(row), distance));
    }

    private static void checkRadius(int radius) {
        Preconditions.checkRange(radius, 0, MAX_RADIUS, "radius");
    }
}
