package org.custos.index;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.custos.InvalidValueException;
import org.custos.Preconditions;

/**
 * Exact lookups of one digest type in primitive arrays: digests as big-endian longs, sorted, with a directory
 * on their top d bits (2^d ≥ n, so about one digest per bucket). Digests are uniform, so a lookup reads one
 * directory slot and usually one digest: two cache misses, no hashing, no objects. Built by a counting sort on
 * the directory bits and an insertion sort within each tiny bucket: linear time. Immutable; a changed list is
 * rebuilt (10M entries in about a second) or overlaid by a small second index.
 */
public final class DigestIndex {
    private final DigestType type;
    private final int directoryBits;
    private final int[] directory;
    private final long[] digests;
    private final long[] ids;
    private final int[] lists;

    DigestIndex(DigestType type, int directoryBits, int[] directory, long[] digests, long[] ids, int[] lists) {
        this.type = type;
        this.directoryBits = directoryBits;
        this.directory = directory;
        this.digests = digests;
        this.ids = ids;
        this.lists = lists;
    }

    public static Builder builder(DigestType type) {
        return new Builder(Preconditions.checkNotNull(type, "type"));
    }

    public DigestType type() {
        return type;
    }

    public int size() {
        return ids.length;
    }

    /** Entries with this digest (hex, either case), in the order they were added; empty when none. */
    public List<DigestMatch> lookup(String hex) {
        return lookup(parse(type, hex));
    }

    public List<DigestMatch> lookup(byte[] digest) {
        if (digest == null || digest.length != type.bytes()) {
            throw new InvalidValueException("a " + type + " digest is " + type.bytes() + " bytes, got "
                    + (digest == null ? "nothing" : digest.length));
        }
        int w = type.words();
        long first = DigestWords.word(digest, 0);
        int bucket = DigestWords.bucket(first, directoryBits);
        List<DigestMatch> out = List.of();
        for (int row = directory[bucket], end = directory[bucket + 1]; row < end; row++) {
            if (digests[row * w] == first && DigestWords.restEqual(digests, row * w, digest, w)) {
                if (out.isEmpty()) {
                    out = new ArrayList<>(1);
                }
                out.add(new DigestMatch(ids[row], lists[row]));
            }
        }
        return out;
    }

    /** Bytes held by the arrays. */
    public long bytes() {
        return 4L * directory.length + 8L * digests.length + 8L * ids.length + 4L * lists.length;
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

        public DigestIndex build() {
            return DigestSort.sort(type, digests, ids, lists, size);
        }
    }
}
