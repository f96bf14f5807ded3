package org.custos.reports.model;

import java.net.URI;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.custos.Preconditions;
import org.custos.hash.PdqHash;
import org.custos.lists.Classification;

/**
 * One reported file, described and never carried: its digests and PDQ hash, its classification in the common
 * terminology, whether the provider's staff viewed it, whether it was publicly available, and its upload. The
 * bytes live in the evidence vault under {@code vaultItemId}; the model holds no content.
 *
 * @param itemId          the provider's id for this item, unique within the report
 * @param classification  as reviewed; {@code null} when unreviewed
 * @param publiclyAvailable {@code null} when unknown
 * @param upload          the upload's IP capture; {@code null} when unknown
 * @param location        where the file was found (URL); {@code null} for private uploads
 */
public record ContentItem(String itemId, List<FileDigest> digests, PdqHash pdq, Classification classification,
                          boolean fileViewedByProvider, Boolean publiclyAvailable, String originalFileName,
                          URI location, Instant uploadedAt, IpCapture upload, String vaultItemId) {
    public ContentItem {
        itemId = Fields.required(itemId, Fields.SHORT, "content item id");
        digests = List.copyOf(Preconditions.checkNotNull(digests, "digests of item " + itemId));
        Preconditions.check(!digests.isEmpty() || pdq != null, "item %s has neither a digest nor a PDQ hash", itemId);
        EnumSet<DigestAlgorithm> seen = EnumSet.noneOf(DigestAlgorithm.class);
        for (FileDigest d : digests) {
            Preconditions.check(seen.add(d.algorithm()), "item %s has two %s digests", itemId, d.algorithm());
        }
        originalFileName = Fields.optional(originalFileName, Fields.SHORT, "original file name of item " + itemId);
        Preconditions.check(location == null || location.isAbsolute(), "location of item %s is not absolute: %s",
                itemId, location);
        vaultItemId = Fields.optional(vaultItemId, Fields.SHORT, "vault item id of item " + itemId);
    }

    public Optional<FileDigest> digest(DigestAlgorithm algorithm) {
        return digests.stream().filter(d -> d.algorithm() == algorithm).findFirst();
    }
}
