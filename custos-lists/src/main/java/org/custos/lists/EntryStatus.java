package org.custos.lists;

/**
 * The life of an entry. {@code WITHDRAWN} and {@code DELETED} are tombstones that travel in releases so that
 * every subscriber stops matching the entry; neither ever matches again.
 */
public enum EntryStatus {
    ACTIVE,
    /** Someone contests the classification; acceptance policies decide whether it still matches. */
    DISPUTED,
    /** The person depicted asked for withdrawal; it must propagate everywhere. */
    WITHDRAWN,
    /** Removed by the owner (a tombstone). */
    DELETED;

    public boolean tombstone() {
        return this == WITHDRAWN || this == DELETED;
    }
}
