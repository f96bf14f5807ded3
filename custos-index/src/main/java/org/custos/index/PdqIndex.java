package org.custos.index;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import org.custos.Preconditions;
import org.custos.hash.PdqHash;

/**
 * Exact radius search over PDQ hashes: {@link #query} returns every live entry within the radius, exactly the
 * set a brute-force scan returns. Entries can be added and removed while queries run; queries never wait for
 * writers, and a change is visible to the next query. Built from entries with {@link #builder()} (bulk, fast),
 * started empty with {@link #create()}, or mapped back from a snapshot with {@link #open(Path)}.
 */
public interface PdqIndex extends AutoCloseable {
    int DEFAULT_RADIUS = 31;
    int MAX_RADIUS = 64;

    static PdqIndex create() {
        return new SegmentedPdqIndex(List.of());
    }

    static Builder builder() {
        return new PdqIndexBuilder();
    }

    /** A builder that expects about this many entries: it fills whole segments and builds them in place. */
    static Builder builder(long expectedEntries) {
        Preconditions.check(expectedEntries >= 0, "expected entries must not be negative, was %d", expectedEntries);
        return new PdqIndexBuilder(expectedEntries);
    }

    /** Maps a snapshot written by {@link #writeSnapshot}; checks its structure and checksums first. */
    static PdqIndex open(Path file) {
        return new SegmentedPdqIndex(IndexSnapshot.read(file));
    }

    void add(Entry entry);

    default void addAll(Collection<Entry> entries) {
        entries.forEach(this::add);
    }

    /** Removes every copy of the entry (same id, hash and list); returns how many were removed. */
    int remove(Entry entry);

    /** Every live entry within {@code radius} (0–64) of the hash, nearest first. */
    List<Match> query(PdqHash hash, int radius);

    default List<Match> query(PdqHash hash) {
        return query(hash, DEFAULT_RADIUS);
    }

    /** The same answer as {@link #query}, found by scanning every row: for verification and benchmarks. */
    List<Match> scan(PdqHash hash, int radius);

    /** One answer per query, in order; queries that need a scan share one pass over memory. */
    List<List<Match>> queryBatch(List<PdqHash> hashes, int radius);

    /**
     * The entries within {@code radius} of any of the variants (the 8 dihedral hashes of one image, say), each
     * once with its smallest distance, nearest first.
     */
    List<Match> queryAny(List<PdqHash> variants, int radius);

    /** Live entries. */
    long size();

    /** Bytes the index holds (hashes, ids, lists, tables and tombstones; JVM object headers aside). */
    long bytes();

    /** Seals the newest entries into segments and runs every pending merge before returning. */
    void compact();

    /** Writes the index to a file that {@link #open} maps back. */
    void writeSnapshot(Path file);

    /** Stops the background merges. */
    @Override
    void close();

    /** Collects entries without locks or buffers and builds the segments at once. */
    interface Builder {
        Builder add(long id, PdqHash hash, int listId);

        PdqIndex build();
    }
}
