package org.custos.server;

import java.util.HexFormat;
import java.util.Random;
import org.custos.hash.PdqHash;

/** Synthetic hashes for tests: random PDQ hashes and near neighbours at a chosen distance. */
final class Hashes {
    private final Random random;

    Hashes(long seed) {
        this.random = new Random(seed);
    }

    String pdq() {
        return new PdqHash(random.nextLong(), random.nextLong(), random.nextLong(), random.nextLong()).toHex();
    }

    String hex(int bytes) {
        byte[] b = new byte[bytes];
        random.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    /** The hash with its lowest {@code bits} bits flipped: exactly that distance away. */
    static String flip(String pdqHex, int bits) {
        PdqHash h = PdqHash.parse(pdqHex);
        long mask = bits == 64 ? -1L : (1L << bits) - 1;
        return new PdqHash(h.w0(), h.w1(), h.w2(), h.w3() ^ mask).toHex();
    }

    static String entry(String id, String... signals) {
        StringBuilder s = new StringBuilder("{\"id\":\"" + id + "\",\"status\":\"ACTIVE\",\"signals\":[");
        for (int i = 0; i < signals.length; i += 2) {
            s.append(i == 0 ? "" : ",").append("{\"type\":\"").append(signals[i]).append("\",\"value\":\"")
                    .append(signals[i + 1]).append("\"}");
        }
        return s.append("]}").toString();
    }
}
