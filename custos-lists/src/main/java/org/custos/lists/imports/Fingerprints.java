package org.custos.lists.imports;

import org.custos.lists.Signal;

/**
 * 64-bit fingerprints of the keys an import must not repeat: four UTF-16 units at a time multiplied into a
 * 64-bit state (murmur3's constants), then the murmur3 finaliser. Kind 0 is an entry id, 1 + ordinal a signal
 * type. Never 0, which tables keep for "empty". Not cryptographic: it only has to spread ordinary keys evenly.
 */
final class Fingerprints {
    private Fingerprints() {
    }

    static long id(String id) {
        return of(0, id);
    }

    static long signal(Signal s) {
        return of(1 + s.type().ordinal(), s.value());
    }

    private static long of(int kind, String key) {
        int n = key.length();
        long h = (kind + 1L) * 0x9e3779b97f4a7c15L ^ n;
        int i = 0;
        for (; i + 4 <= n; i += 4) {
            long w = key.charAt(i) | (long) key.charAt(i + 1) << 16 | (long) key.charAt(i + 2) << 32
                    | (long) key.charAt(i + 3) << 48;
            h = Long.rotateLeft(h ^ w * 0x87c37b91114253d5L, 31) * 0x4cf5ad432745937fL;
        }
        for (; i < n; i++) {
            h = Long.rotateLeft(h ^ key.charAt(i) * 0x87c37b91114253d5L, 31) * 0x4cf5ad432745937fL;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }
}
