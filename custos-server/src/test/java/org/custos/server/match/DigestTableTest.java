package org.custos.server.match;

import static org.assertj.core.api.Assertions.assertThat;

import org.custos.index.DigestIndex;
import org.custos.index.DigestMatch;
import org.custos.index.DigestType;
import org.junit.jupiter.api.Test;

class DigestTableTest {
    private static final String A = "0123456789abcdef0123456789abcdef";
    private static final String B = "fedcba9876543210fedcba9876543210";

    @Test
    void overlayAddsAndRemovalsFollowTheBase() {
        DigestTable table = new DigestTable(DigestIndex.builder(DigestType.MD5).add(A, 1, 7).build());
        table.add(B, 2, 7);
        assertThat(table.lookup(A)).containsExactly(new DigestMatch(1, 7));
        assertThat(table.lookup(B)).containsExactly(new DigestMatch(2, 7));
        table.remove(A, 1);
        table.remove(B, 2);
        assertThat(table.lookup(A)).isEmpty();
        assertThat(table.lookup(B)).isEmpty();
    }

    @Test
    void anEntryRemovedAndAddedAgainMatchesOnlyItsNewDigest() {
        DigestTable table = new DigestTable(DigestIndex.builder(DigestType.MD5).add(A, 1, 7).build());
        table.remove(A, 1);
        table.add(B, 1, 7);
        assertThat(table.lookup(A)).isEmpty();
        assertThat(table.lookup(B)).containsExactly(new DigestMatch(1, 7));
        table.add(A, 1, 7);
        assertThat(table.lookup(A)).containsExactly(new DigestMatch(1, 7));
    }
}
