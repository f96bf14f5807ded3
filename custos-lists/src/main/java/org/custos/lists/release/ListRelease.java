package org.custos.lists.release;

import java.time.Instant;
import org.custos.Preconditions;
import org.custos.lists.HashList;

/**
 * Version {@code version} of a list: a delta of {@code added + changed + removed} changes on top of
 * {@code version - 1}, whose snapshot digest was {@code parentDigest}, giving a snapshot whose digest is
 * {@code snapshotDigest} (see {@link SnapshotDigest}). The changes themselves travel in the release body after
 * this header; see {@link ReleaseWriter} for the canonical byte form.
 */
public record ListRelease(HashList list, long version, String parentDigest, String snapshotDigest,
        Instant published, long added, long changed, long removed) {
    public ListRelease {
        Preconditions.checkNotNull(list, "list");
        Preconditions.check(version >= 1, "release version must be at least 1, was %d", version);
        SnapshotDigest.check(parentDigest, "parent digest");
        SnapshotDigest.check(snapshotDigest, "snapshot digest");
        Preconditions.checkNotNull(published, "publication time");
        Preconditions.check(added >= 0 && changed >= 0 && removed >= 0, "change counts must not be negative");
    }

    public long parentVersion() {
        return version - 1;
    }

    public long changes() {
        return added + changed + removed;
    }
}
