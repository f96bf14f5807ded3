package org.custos.server.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.custos.index.DigestIndex;
import org.custos.index.DigestMatch;
import org.custos.index.DigestType;

/**
 * Exact lookups of one digest type that follow the database: custos-index's immutable {@link DigestIndex}
 * built at start, a small concurrent overlay for entries added since, and the (digest, entry) pairs removed
 * since; adding a removed pair again takes it off that set.
 */
final class DigestTable {
    private final DigestIndex base;
    private final Map<String, List<DigestMatch>> added = new ConcurrentHashMap<>();
    private final Set<String> removed = ConcurrentHashMap.newKeySet();

    DigestTable(DigestIndex base) {
        this.base = base;
    }

    static DigestTable empty(DigestType type) {
        return new DigestTable(DigestIndex.builder(type).build());
    }

    void add(String hex, long key, int listNumber) {
        if (!removed.remove(hex + "/" + key)) {
            added.computeIfAbsent(hex, h -> new CopyOnWriteArrayList<>()).add(new DigestMatch(key, listNumber));
        }
    }

    void remove(String hex, long key) {
        removed.add(hex + "/" + key);
    }

    List<DigestMatch> lookup(String hex) {
        List<DigestMatch> found = new ArrayList<>(base.lookup(hex));
        found.addAll(added.getOrDefault(hex, List.of()));
        found.removeIf(m -> removed.contains(hex + "/" + m.entryId()));
        return found;
    }

    long size() {
        return base.size() + added.values().stream().mapToLong(List::size).sum() - removed.size();
    }
}
