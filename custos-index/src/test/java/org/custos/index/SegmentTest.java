package org.custos.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.custos.hash.PdqHash;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each build path (scan only, 8-bit and 16-bit slots) against the oracle, on uniform and clustered data. */
class SegmentTest {
    @ParameterizedTest
    @ValueSource(ints = {0, 12, 16, 32})
    void everyLayoutAnswersLikeTheOracleAtEveryRadius(int slots) {
        SplittableRandom random = new SplittableRandom(slots + 1);
        for (SyntheticHashes data : List.of(SyntheticHashes.uniform(random), SyntheticHashes.clustered(random))) {
            Oracle oracle = new Oracle();
            Segment segment = build(oracle, data, 3000, slots);
            for (int radius = 0; radius <= PdqIndex.MAX_RADIUS; radius += 3) {
                PdqHash q = query(oracle, random);
                assertThat(answers(segment, q, radius)).isEqualTo(oracle.query(q, radius));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 12, 16, 32})
    void removedRowsAreNotReturnedAndCopiesGoTogether(int slots) {
        SplittableRandom random = new SplittableRandom(7);
        Oracle oracle = new Oracle();
        Segment segment = build(oracle, SyntheticHashes.clustered(random), 2000, slots);
        Entry gone = oracle.entries().get(100);
        assertThat(segment.remove(gone)).isEqualTo(oracle.remove(gone));
        assertThat(answers(segment, gone.hash(), 40)).isEqualTo(oracle.query(gone.hash(), 40));
        assertThat(segment.remove(gone)).isZero();
    }

    /**
     * Hundreds of copies of one hash fill one bucket of every slot beyond what a byte counts, so those
     * directory lines overflow into ints (see BucketBounds); answers stay exact, before and after a snapshot.
     */
    @ParameterizedTest
    @ValueSource(ints = {12, 16})
    void denseFamiliesOverflowTheBucketDirectoryAndStillAnswerExactly(int slots, @TempDir Path dir) {
        SplittableRandom random = new SplittableRandom(11);
        PdqHash popular = SyntheticHashes.uniform(random).next();
        SyntheticHashes uniform = SyntheticHashes.uniform(random);
        Oracle oracle = new Oracle();
        int n = 3000;
        Rows rows = Rows.allocate(n);
        for (int i = 0; i < n; i++) {
            PdqHash h = i % 5 == 0 ? popular : i % 5 == 1 ? SyntheticHashes.near(popular, i % 4, random) : uniform.next();
            rows.set(i, i, h.w0(), h.w1(), h.w2(), h.w3(), 1);
            oracle.add(new Entry(i, h, 1));
        }
        Segment segment = alwaysIndexed(SegmentBuilder.merge(List.of(new Segment(rows, n, null, new Tombstones(n))),
                SlotLayout.of(slots)));
        assertThat(segment.index.bounds.overflowLines()).isGreaterThanOrEqualTo(slots);
        Path file = dir.resolve("dense.cpx");
        IndexSnapshot.write(List.of(segment), file);
        Segment mapped = alwaysIndexed(IndexSnapshot.read(file).getFirst());
        assertThat(mapped.index.bounds.overflowLines()).isEqualTo(segment.index.bounds.overflowLines());
        for (int radius : new int[] {0, 2, 8, 31, 45}) {
            for (PdqHash q : List.of(popular, SyntheticHashes.near(popular, 5, random), query(oracle, random))) {
                assertThat(answers(segment, q, radius)).isEqualTo(oracle.query(q, radius));
                assertThat(answers(mapped, q, radius)).isEqualTo(oracle.query(q, radius));
            }
        }
    }

    static Segment build(Oracle oracle, SyntheticHashes data, int n, int slots) {
        Rows rows = Rows.allocate(n);
        for (int i = 0; i < n; i++) {
            PdqHash h = data.next();
            Entry e = new Entry(i, h, i % 3);
            rows.set(i, e.id(), h.w0(), h.w1(), h.w2(), h.w3(), e.listId());
            oracle.add(e);
        }
        Segment source = new Segment(rows, n, null, new Tombstones(n));
        return alwaysIndexed(SegmentBuilder.merge(List.of(source), slots == 0 ? null : SlotLayout.of(slots)));
    }

    /** The segment with a multi-index that never prefers the scan, so the tests reach its search. */
    static Segment alwaysIndexed(Segment s) {
        return s.index == null ? s : new Segment(s.rows, s.size, s.index.withReadCost(0), s.deleted);
    }

    static PdqHash query(Oracle oracle, SplittableRandom random) {
        PdqHash near = oracle.entries().get(random.nextInt(oracle.entries().size())).hash();
        return SyntheticHashes.near(near, random.nextInt(48), random);
    }

    static List<Match> answers(Segment segment, PdqHash q, int radius) {
        List<Match> out = new ArrayList<>();
        segment.query(q, radius, (rows, row, d) -> out.add(new Match(rows.entry(row), d)));
        out.sort(Match.ORDER);
        return out;
    }
}
