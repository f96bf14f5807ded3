package org.custos.server.match;

import java.util.List;

/** A batch of up to 10,000 hashes: the privacy mode, in which content never leaves the provider. */
public record HashQueries(List<HashQuery> hashes) {
    public static final int MAX = 10_000;

    /** Without the values (invariant 1). */
    @Override
    public String toString() {
        return "HashQueries[" + (hashes == null ? 0 : hashes.size()) + " hashes]";
    }
}
