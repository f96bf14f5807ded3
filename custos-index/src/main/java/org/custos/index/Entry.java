package org.custos.index;

import org.custos.Preconditions;
import org.custos.hash.PdqHash;

/** One indexed item: the id the caller knows it by, its PDQ hash, and the hash list it belongs to. */
public record Entry(long id, PdqHash hash, int listId) {
    public Entry {
        Preconditions.checkNotNull(hash, "hash");
    }
}
