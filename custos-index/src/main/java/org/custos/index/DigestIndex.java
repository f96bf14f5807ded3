package org.custos.index;

import java.util.HexFormat;
import java.util.List;
import org.custos.InvalidValueException;
import org.custos.Preconditions;

/**
 * Exact lookups of one digest type in primitive arrays, with no hashing and no objects on a miss. The rows are
 * sorted on the digest (linear time: a counting sort on the top bits, then tiny buckets) and laid out in an
 * ordered linear-probing table on their first 64 bits ({@link ProbingTable}, the default: one cache miss per
 * lookup) or kept sorted behind a radix directory ({@link Layout#DIRECTORY}, the earlier layout, kept as the
 * measured baseline). Immutable; a changed list is rebuilt (10M entries in a few seconds) or overlaid by the caller.
 */
public final class DigestIndex {
    /** How the rows are held; both give the same answers. */
    public enum Layout {
        /** Ordered linear probing on the first 64 bits at load 0.8: one cache miss per lookup. */
        PROBING,
        /** Sorted digests behind a directory on their top bits: two dependent cache misses per lookup. */
        DIRECTORY
    }

    private final DigestType type;
    private final int size;
    private final ExactTable table;

    private DigestIndex(DigestType type, int size, ExactTable table) {
        this.type = type;
        this.size = size;
        this.table = table;
    }

    public static Builder builder(DigestType type) {
        return new Builder(Preconditions.checkNotNull(type, "type"));
    }

    public DigestType type() {
        return type;
    }

    public int size() {
        return size;
    }

    /** Entries with this digest (hex, either case), in the order they were added; empty when none. */
    public List<DigestMatch> lookup(String hex) {
        return table.find(parse(type, hex));
    }

    public List<DigestMatch> lookup(byte[] digest) {
        if (digest == null || digest.length != type.bytes()) {
            throw new InvalidValueException("a " + type + " digest is " + type.bytes() + " bytes, got "
                    + (digest == null ? "nothing" : digest.length));
        }
        return table.find(digest);
    }

    /** Bytes held by the arrays. */
    public long bytes() {
        return table.bytes();
    }

    static byte[] parse(DigestType type, String hex) {
        Preconditions.checkNotNull(hex, "digest");
        if (hex.length() != 2 * type.bytes()) {
            throw new InvalidValueException("a " + type + " digest is " + 2 * type.bytes() + " hex characters, got "
                    + hex.length());
        }
        try {
            return HexFormat.of().parseHex(hex);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("a " + type + " digest is hex, got '" + hex + "'");
        }
    }

    /** Collects (digest, id, list) rows in growing primitive arrays, then sorts them into a {@link DigestIndex}. */
    public static final class Builder {
        private final DigestType type;
        private long[] digests = new long[64];
        private long[] ids = new long[16];
        private int[] lists = new int[16];
        private int size;
        private Layout layout = Layout.PROBING;

        private Builder(DigestType type) {
            this.type = type;
        }

        public Builder add(String hex, long id, int listId) {
            return add(parse(type, hex), id, listId);
        }

        public Builder add(byte[] digest, long id, int listId) {
            Preconditions.check(digest != null && digest.length == type.bytes(), "a %s digest is %d bytes",
                    type, type.bytes());
            if (size == ids.length) {
                ids = java.util.Arrays.copyOf(ids, size * 2);
                lists = java.util.Arrays.copyOf(lists, size * 2);
                digests = java.util.Arrays.copyOf(digests, size * 2 * type.words());
            }
            for (int i = 0; i < type.words(); i++) {
                digests[size * type.words() + i] = DigestWords.word(digest, i);
            }
            ids[size] = id;
            lists[size] = listId;
            size++;
            return this;
        }

        /** The layout to build; {@link Layout#PROBING} unless set. */
        public Builder layout(Layout layout) {
            this.layout = Preconditions.checkNotNull(layout, "layout");
            return this;
        }

        public DigestIndex build() {
            DirectoryTable sorted = DigestSort.sort(type, digests, ids, lists, size);
            return new DigestIndex(type, size, layout == Layout.DIRECTORY ? sorted
                    : ProbingTable.layOut(type.words(), sorted.digests, sorted.ids, sorted.lists, size));
        }
    }
}
