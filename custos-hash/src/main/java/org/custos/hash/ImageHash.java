package org.custos.hash;

import java.util.Optional;
import org.custos.Preconditions;

/** Everything Custos computes from one image file: its size, digests, PDQ with quality and, if asked, dihedral. */
public record ImageHash(long size, FileDigests digests, PdqResult pdq, Optional<DihedralHashes> dihedral) {
    public ImageHash {
        Preconditions.check(size >= 0, "size must not be negative, was %d", size);
        Preconditions.checkNotNull(digests, "digests");
        Preconditions.checkNotNull(pdq, "pdq");
        Preconditions.checkNotNull(dihedral, "dihedral");
    }
}
