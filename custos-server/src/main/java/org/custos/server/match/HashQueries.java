package org.custos.server.match;

import java.util.List;

/**
 * A batch of up to 10,000 hashes: the privacy mode, in which content never leaves the provider. The optional
 * {@code account} and {@code batch} group matches into a case; they are stored only if something matched.
 */
public record HashQueries(List<HashQuery> hashes, String account, String batch) {
    public static final int MAX = 10_000;

    /** Without the values, account or batch (invariant 1). */
    @Override
    public String toString() {
        return "HashQueries[" + (hashes == null ? 0 : hashes.size()) + " hashes]";
    }
}
