package org.custos.lists.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class KeySpoolTest {
    /** Some 3 MiB of groups of 1 to 65 keys: groups cross the 1 MiB buffer's end, and every key comes back in order. */
    @Test
    void keysComeBackInOrderWithTheirRecordAcrossBufferRefills() {
        SplittableRandom random = new SplittableRandom(11);
        List<long[]> written = new ArrayList<>();
        long[] group = new long[EntryKeys.MAX];
        try (KeySpool spool = new KeySpool()) {
            for (long record = 2; written.size() < 400_000; record += 1 + random.nextInt(3)) {
                int count = 1 + random.nextInt(EntryKeys.MAX);
                for (int i = 0; i < count; i++) {
                    group[i] = random.nextLong();
                    written.add(new long[] {group[i], record});
                }
                spool.write(record, group, count);
            }
            List<long[]> read = new ArrayList<>();
            spool.forEach((fingerprint, record) -> read.add(new long[] {fingerprint, record}));
            assertThat(read).hasSameSizeAs(written);
            for (int i = 0; i < read.size(); i++) assertThat(read.get(i)).as("key %d", i).containsExactly(written.get(i));
        }
    }
}
