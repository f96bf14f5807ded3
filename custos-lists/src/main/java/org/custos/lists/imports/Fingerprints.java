package org.custos.lists.imports;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.custos.lists.Signal;

/**
 * 64-bit fingerprints of the keys an import must not repeat: the key's UTF-8 bytes, eight at a time (the bytes
 * of an ASCII string are one intrinsic array copy, far cheaper than reading it char by char), multiplied into a
 * 64-bit state (murmur3's constants), then the murmur3 finaliser. Kind 0 is an entry id, 1 + ordinal a signal
 * type. Never 0, which tables keep for "empty". Not cryptographic: it only has to spread ordinary keys evenly.
 */
final class Fingerprints {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private Fingerprints() {
    }

    static long id(String id) {
        return of(0, id);
    }

    static long signal(Signal s) {
        return of(1 + s.type().ordinal(), s.value());
    }

    private static long of(int kind, String key) {
        byte[] b = key.getBytes(StandardCharsets.UTF_8);
        int n = b.length;
        long h = (kind + 1L) * 0x9e3779b97f4a7c15L ^ n;
        int i = 0;
        for (; i + Long.BYTES <= n; i += Long.BYTES) h = mix(h, (long) LONGS.get(b, i));
        for (; i < n; i++) h = mix(h, b[i]);
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }

    private static long mix(long h, long w) {
        return Long.rotateLeft(h ^ w * 0x87c37b91114253d5L, 31) * 0x4cf5ad432745937fL;
    }
}
