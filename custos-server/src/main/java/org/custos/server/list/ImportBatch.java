package org.custos.server.list;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.custos.lists.Entry;
import org.custos.server.web.ConflictException;

/**
 * Applies an import's entries a thousand at a time inside the import's transaction: one query finds which
 * exist already (they must be unchanged), one batch inserts the new ones, one batch feeds them to the indexes;
 * then the count so far goes to {@code progress}.
 */
final class ImportBatch {
    private static final int SIZE = 1000;
    private final ListInfo list;
    private final Entries entries;
    private final IndexChanges changes;
    private final LongConsumer progress;
    private final List<Entry> pending = new ArrayList<>(SIZE);
    private long added;
    private long applied;

    ImportBatch(ListInfo list, Entries entries, IndexChanges changes, LongConsumer progress) {
        this.list = list;
        this.entries = entries;
        this.changes = changes;
        this.progress = progress;
    }

    void add(Entry entry) {
        pending.add(entry);
        if (pending.size() == SIZE) {
            flush();
        }
    }

    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        Map<String, StoredEntry> existing = entries.findAll(list, pending.stream().map(Entry::id).toList());
        List<Entry> fresh = new ArrayList<>(pending.size());
        for (Entry e : pending) {
            StoredEntry old = existing.get(e.id());
            if (old == null) {
                fresh.add(e);
            } else if (!old.entry().equals(e)) {
                throw new ConflictException("entry '" + e.id() + "' exists in list " + list.id()
                        + " with other content; change it through its own endpoint. Nothing was imported");
            }
        }
        if (!fresh.isEmpty()) {
            changes.appendAdds(list, entries.insertAll(list, fresh), fresh);
            added += fresh.size();
        }
        applied += pending.size();
        pending.clear();
        progress.accept(applied);
    }

    long added() {
        return added;
    }
}
