package org.custos.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.custos.hash.PdqHash;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotTest {
    @TempDir
    Path dir;

    private final SplittableRandom random = new SplittableRandom(3);
    private final Oracle oracle = new Oracle();
    private Path file;

    @BeforeEach
    void writeOne() {
        file = dir.resolve("index.cpx");
        SyntheticHashes data = SyntheticHashes.clustered(random);
        try (PdqIndex index = PdqIndex.create()) {
            for (int i = 0; i < 9000; i++) {
                Entry e = new Entry(i, data.next(), i % 5);
                oracle.add(e);
                index.add(e);
            }
            index.compact();
            for (int i = 0; i < 100; i++) {
                Entry e = new Entry(10_000 + i, data.next(), 1);
                oracle.add(e);
                index.add(e);
            }
            Entry gone = oracle.entries().get(17);
            index.remove(gone);
            oracle.remove(gone);
            index.writeSnapshot(file);
        }
    }

    @Test
    void aReopenedIndexAnswersAsBeforeAndStaysWritable() {
        try (PdqIndex reopened = PdqIndex.open(file)) {
            assertThat(reopened.size()).isEqualTo(oracle.entries().size());
            assertAgrees(reopened);
            Entry more = new Entry(99, SyntheticHashes.random(random), 2);
            reopened.add(more);
            oracle.add(more);
            Entry gone = oracle.entries().get(500);
            assertThat(reopened.remove(gone)).isEqualTo(oracle.remove(gone));
            reopened.compact();
            assertAgrees(reopened);
        }
    }

    @Test
    void aFlippedByteIsReportedAsCorruption() throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x10;
        Files.write(file, bytes);
        assertThatThrownBy(() -> PdqIndex.open(file)).isInstanceOf(SnapshotException.class)
                .hasMessageContaining("checksum mismatch");
    }

    @Test
    void aTruncatedFileIsReportedWithWhereItEnds() throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 1000));
        assertThatThrownBy(() -> PdqIndex.open(file)).isInstanceOf(SnapshotException.class)
                .hasMessageContaining("truncated");
    }

    @Test
    void anotherFileIsNotTakenForASnapshot() throws IOException {
        Files.writeString(file, "id,hash\n".repeat(20));
        assertThatThrownBy(() -> PdqIndex.open(file)).isInstanceOf(SnapshotException.class)
                .hasMessageContaining("bad magic");
    }

    private void assertAgrees(PdqIndex index) {
        for (int radius : List.of(0, 10, 31, 50)) {
            PdqHash q = SegmentTest.query(oracle, random);
            assertThat(index.query(q, radius)).isEqualTo(oracle.query(q, radius));
        }
    }
}
