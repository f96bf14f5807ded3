package org.custos.index;

import java.util.ArrayList;
import java.util.List;

/** An entry whose digest equals the one looked up. */
public record DigestMatch(long entryId, int listId) {
    /**
     * Adds a match to a lookup's answer, which starts as the shared empty list: no allocation on a miss, one
     * immutable list for a single match, a growing list only for a digest under several entries.
     */
    static List<DigestMatch> append(List<DigestMatch> out, long entryId, int listId) {
        DigestMatch match = new DigestMatch(entryId, listId);
        if (out.isEmpty()) {
            return List.of(match);
        }
        List<DigestMatch> grown = out instanceof ArrayList<DigestMatch> list ? list : new ArrayList<>(out);
        grown.add(match);
        return grown;
    }
}
