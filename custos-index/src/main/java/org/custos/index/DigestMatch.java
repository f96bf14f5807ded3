package org.custos.index;

import java.util.ArrayList;
import java.util.List;

/** An entry whose digest equals the one looked up. */
public record DigestMatch(long entryId, int listId) {
    /** Adds a match to a lookup's answer, which starts as the shared empty list (no allocation on a miss). */
    static List<DigestMatch> append(List<DigestMatch> out, long entryId, int listId) {
        List<DigestMatch> grown = out.isEmpty() ? new ArrayList<>(1) : out;
        grown.add(new DigestMatch(entryId, listId));
        return grown;
    }
}
