package org.custos.reports.removal;

import org.custos.hash.PdqHash;
import org.custos.reports.model.ContentItem;
import org.custos.reports.model.FileDigest;

/**
 * Decides from a fetch of the URL whether the content is gone: the host answers 404 or 410, or it serves
 * something whose digest differs from every digest of the item and whose PDQ hash (when both have one) is
 * farther than the threshold. A failed fetch (timeouts, 5xx, 403) proves nothing and keeps the notice open.
 *
 * @see Fetch
 */
public final class RemovalCheck {
    private final int pdqThreshold;

    public RemovalCheck(int pdqThreshold) {
        this.pdqThreshold = org.custos.Preconditions.checkRange(pdqThreshold, 0, PdqHash.BITS, "PDQ threshold");
    }

    /** What fetching the URL found: the HTTP status (0 if none) and, for a 200, the served bytes' hashes. */
    public record Fetch(int status, java.util.List<FileDigest> digests, PdqHash pdq) {
        public Fetch {
            digests = java.util.List.copyOf(digests);
        }
    }

    public boolean removed(ContentItem item, Fetch fetch) {
        if (fetch.status() == 404 || fetch.status() == 410) return true;
        if (fetch.status() != 200) return false;
        boolean sameBytes = fetch.digests().stream().anyMatch(d -> item.digest(d.algorithm()).filter(d::equals).isPresent());
        boolean similar = item.pdq() != null && fetch.pdq() != null && item.pdq().distance(fetch.pdq()) <= pdqThreshold;
        return !sameBytes && !similar;
    }
}
