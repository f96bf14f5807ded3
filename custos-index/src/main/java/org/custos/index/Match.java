package org.custos.index;

import java.util.Comparator;

/** An entry within the query radius, with its Hamming distance (0–256) to the query. */
public record Match(Entry entry, int distance) {
    /** Nearest first, then by entry id and list: the order every query answers in. */
    public static final Comparator<Match> ORDER = Comparator.comparingInt(Match::distance)
            .thenComparingLong(m -> m.entry().id())
            .thenComparingInt(m -> m.entry().listId());
}
