package org.custos.lists.release;

import org.custos.Preconditions;
import org.custos.lists.Entry;
import org.custos.lists.Text;

/**
 * One change of a release: an entry added, an entry changed (replaced whole; status changes such as a
 * withdrawal travel this way), or an id removed from the snapshot.
 */
public record Change(Op op, String id, Entry entry) {
    public enum Op {
        ADD, CHANGE, REMOVE
    }

    public Change {
        Preconditions.checkNotNull(op, "change op");
        Text.check(id, Text.MAX_ID, "changed id");
        Preconditions.check(op == Op.REMOVE ? entry == null : entry != null && entry.id().equals(id),
                "a %s change of %s must %s", op, id, op == Op.REMOVE ? "carry no entry" : "carry that entry");
    }

    public static Change add(Entry e) {
        return new Change(Op.ADD, e.id(), e);
    }

    public static Change change(Entry e) {
        return new Change(Op.CHANGE, e.id(), e);
    }

    public static Change remove(String id) {
        return new Change(Op.REMOVE, id, null);
    }
}
