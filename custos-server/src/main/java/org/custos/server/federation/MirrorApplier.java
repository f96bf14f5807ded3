package org.custos.server.federation;

import org.custos.lists.Entry;
import org.custos.lists.release.Change;
import org.custos.lists.release.SnapshotDigest;
import org.custos.lists.release.SubscriberState;
import org.custos.lists.release.VerifiedRelease;
import org.custos.server.list.Entries;
import org.custos.server.list.IndexChange;
import org.custos.server.list.IndexChanges;
import org.custos.server.list.ListInfo;
import org.custos.server.list.ListService;
import org.custos.server.list.StoredEntry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies a verified release to the local mirror list inside the caller's transaction: additions inserted,
 * changes replacing the entry (leaving or re-entering the indexes as its status and signals say), removals
 * deleting it. The resulting snapshot's digest must be the one the release promised
 * ({@link VerifiedRelease#confirm}), else the transaction rolls back and nothing changes.
 */
@Component
public class MirrorApplier {
    private final ListService lists;
    private final Entries entries;
    private final IndexChanges changes;

    public MirrorApplier(ListService lists, Entries entries, IndexChanges changes) {
        this.lists = lists;
        this.entries = entries;
        this.changes = changes;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public SubscriberState apply(ListInfo list, VerifiedRelease release) {
        release.forEachChange(change -> apply(list, change));
        return release.confirm(SnapshotDigest.of(entries.current(list)));
    }

    private void apply(ListInfo list, Change change) {
        var existing = entries.find(list, change.id());
        switch (change.op()) {
            case ADD -> lists.insert(list, change.entry());
            case CHANGE -> existing.ifPresentOrElse(old -> replace(list, old, change.entry()),
                    () -> lists.insert(list, change.entry()));
            case REMOVE -> existing.ifPresent(old -> remove(list, old));
        }
    }

    private void replace(ListInfo list, StoredEntry old, Entry now) {
        boolean wasIndexed = !old.entry().status().tombstone();
        boolean isIndexed = !now.status().tombstone();
        boolean sameSignals = old.entry().signals().equals(now.signals());
        entries.update(old.key(), now);
        if (wasIndexed && (!isIndexed || !sameSignals)) {
            changes.append(old.key(), list, IndexChange.Op.REMOVE, old.entry());
        }
        if (isIndexed && (!wasIndexed || !sameSignals)) {
            changes.append(old.key(), list, IndexChange.Op.ADD, now);
        }
    }

    private void remove(ListInfo list, StoredEntry old) {
        if (!old.entry().status().tombstone()) {
            changes.append(old.key(), list, IndexChange.Op.REMOVE, old.entry());
        }
        entries.delete(old.key());
    }
}
