package org.custos.lists.release;

import java.util.Iterator;
import java.util.function.Consumer;
import org.custos.Preconditions;
import org.custos.lists.Entry;
import org.custos.lists.release.ReleaseRejectedException.Reason;

/**
 * Diff and apply over snapshots streamed in ascending id order (files, ordered table scans), in constant
 * memory: a merge of two ordered sequences. Both compute the snapshot digests on the way, so a caller learns
 * whether the input was the snapshot it claimed to be.
 */
public final class SortedSnapshots {
    private SortedSnapshots() {
    }

    /** The digests of the two snapshots a diff read, and the number of changes of each kind. */
    public record DiffResult(String olderDigest, String newerDigest, long added, long changed, long removed) {
    }

    /** Emits the changes that turn {@code older} into {@code newer}, in id order. */
    public static DiffResult diff(Iterator<Entry> older, Iterator<Entry> newer, Consumer<Change> out) {
        Ordered a = new Ordered(older);
        Ordered b = new Ordered(newer);
        long[] counts = new long[3];
        while (a.peek() != null || b.peek() != null) {
            int c = a.peek() == null ? 1 : b.peek() == null ? -1 : a.peek().id().compareTo(b.peek().id());
            Change change = c < 0 ? Change.remove(a.next().id()) : c > 0 ? Change.add(b.next()) : changed(a.next(), b.next());
            if (change != null) {
                counts[change.op().ordinal()]++;
                out.accept(change);
            }
        }
        return new DiffResult(a.digest(), b.digest(), counts[0], counts[1], counts[2]);
    }

    private static Change changed(Entry before, Entry after) {
        return before.equals(after) ? null : Change.change(after);
    }

    /**
     * Applies a verified release to {@code current}, the subscriber's snapshot in id order, emitting the resulting
     * snapshot in id order. Throws {@code PARENT_MISMATCH} if {@code current} is not the release's parent and
     * {@code SNAPSHOT_MISMATCH} if the result is not the announced snapshot; the caller discards what it received.
     */
    public static SubscriberState apply(Iterator<Entry> current, VerifiedRelease release, Consumer<Entry> out) {
        Ordered cur = new Ordered(current);
        SnapshotDigest result = new SnapshotDigest();
        Consumer<Entry> emit = e -> {
            result.add(e);
            out.accept(e);
        };
        release.forEachChange(c -> {
            while (cur.peek() != null && cur.peek().id().compareTo(c.id()) < 0) emit.accept(cur.next());
            boolean present = cur.peek() != null && cur.peek().id().equals(c.id());
            if (present == (c.op() == Change.Op.ADD)) {
                throw new ReleaseRejectedException(Reason.PARENT_MISMATCH, c.op().name().toLowerCase(java.util.Locale.ROOT)
                        + " of " + c.id() + (present ? ", which is already present" : ", which is absent"));
            }
            if (present) cur.next();
            if (c.op() != Change.Op.REMOVE) emit.accept(c.entry());
        });
        while (cur.peek() != null) emit.accept(cur.next());
        if (!cur.digest().equals(release.header().parentDigest())) {
            throw new ReleaseRejectedException(Reason.PARENT_MISMATCH, "the snapshot applied to is "
                    + cur.digest() + ", the release builds on " + release.header().parentDigest());
        }
        return release.confirm(result.digest());
    }

    /** A one-entry look-ahead that checks ascending ids and digests what it hands out. */
    private static final class Ordered {
        private final Iterator<Entry> source;
        private final SnapshotDigest digest = new SnapshotDigest();
        private Entry head;

        Ordered(Iterator<Entry> source) {
            this.source = source;
            this.head = source.hasNext() ? source.next() : null;
        }

        Entry peek() {
            return head;
        }

        Entry next() {
            Entry e = head;
            digest.add(e);
            head = source.hasNext() ? source.next() : null;
            Preconditions.check(head == null || head.id().compareTo(e.id()) > 0,
                    "snapshot entries must come in ascending id order: '%s' after '%s'", head == null ? "" : head.id(), e.id());
            return e;
        }

        String digest() {
            return digest.digest();
        }
    }
}
