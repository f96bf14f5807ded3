package org.custos.hash;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Meta's table of the eight dihedral hashes of the bridge original, computed from one DCT. */
class DihedralTableTest {
    @Test
    void reproducesTheReferenceDihedralTableExactly() {
        var vectors = SharedData.pdqVectors();
        var hasher = new ImageHasher(HashOptions.DEFAULTS.withDihedral(true));
        DihedralHashes actual = hasher.hash(vectors.resolve("pdq/data/reg-test-input/dih/bridge-1-original.jpg"))
                .dihedral().orElseThrow();
        var table = SharedData.csv(vectors.resolve("expected/computed-dihedral-bridge-1-original.csv"));
        assertThat(table).hasSize(8);
        for (Map<String, String> row : table) {
            Dihedral variant = Dihedral.valueOf(row.get("variant"));
            assertThat(actual.get(variant)).as(variant.name())
                    .isEqualTo(PdqHash.parse(row.get("dih_hash_fullres(C++core==Java)")));
        }
        assertThat(actual.quality()).isEqualTo(100);
    }
}
