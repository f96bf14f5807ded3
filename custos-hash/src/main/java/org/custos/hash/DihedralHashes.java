package org.custos.hash;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.custos.Preconditions;

/** The PDQ hashes of the eight dihedral variants of one image, with the (shared) quality. */
public record DihedralHashes(Map<Dihedral, PdqHash> hashes, int quality) {
    public DihedralHashes {
        Preconditions.checkNotNull(hashes, "hashes");
        Preconditions.check(hashes.size() == Dihedral.values().length, "all 8 dihedral hashes are required, got %d",
                hashes.size());
        Preconditions.checkRange(quality, 0, 100, "quality");
        hashes = Collections.unmodifiableMap(new EnumMap<>(hashes));
    }

    public PdqHash get(Dihedral variant) {
        return hashes.get(variant);
    }

    public PdqResult original() {
        return new PdqResult(get(Dihedral.ORIGINAL), quality);
    }
}
