package org.custos.lists.imports;

/** A 64-bit hash of a key string (FNV-1a over UTF-16 units, then a murmur3 finaliser to spread the bits). */
final class Fingerprints {
    private Fingerprints() {
    }

    static long of(String key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            h = (h ^ key.charAt(i)) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ h >>> 33;
    }
}
