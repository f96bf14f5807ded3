package org.custos.server.release;

import java.time.Instant;

/** What a published release says about itself; its body and signature are fetched separately. */
public record ReleaseInfo(long version, String parentDigest, String snapshotDigest, long added, long changed,
                          long removed, String bodySha256, Instant published) {
}
