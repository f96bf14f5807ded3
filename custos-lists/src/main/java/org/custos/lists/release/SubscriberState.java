package org.custos.lists.release;

import org.custos.Preconditions;
import org.custos.lists.Text;

/** Where a subscriber stands on a list: the version it applied last (0 for none) and that snapshot's digest. */
public record SubscriberState(String listId, long version, String snapshotDigest) {
    public SubscriberState {
        Text.check(listId, Text.MAX_ID, "list id");
        Preconditions.check(version >= 0, "version must not be negative, was %d", version);
        SnapshotDigest.check(snapshotDigest, "snapshot digest");
    }

    /** A subscriber that has applied nothing: version 0, the empty snapshot. */
    public static SubscriberState initial(String listId) {
        return new SubscriberState(listId, 0, SnapshotDigest.EMPTY);
    }
}
