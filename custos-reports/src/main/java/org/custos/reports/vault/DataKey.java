package org.custos.reports.vault;

import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A case's 256-bit data key, in memory only while a case is sealed or opened; stored only wrapped by the master
 * key ({@link WrappedKey}). {@link #destroy} zeroes it. Items use subkeys derived from it (see {@link Segments}).
 */
public final class DataKey {
    static final int BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();
    private final byte[] key;

    DataKey(byte[] key) {
        if (key.length != BYTES) throw new VaultException("a data key has 32 bytes, got " + key.length);
        this.key = key.clone();
    }

    public static DataKey generate() {
        byte[] k = new byte[BYTES];
        RANDOM.nextBytes(k);
        return new DataKey(k);
    }

    /** HMAC-SHA256(data key, label || salt): the per-item key, so no two items share a GCM key. */
    byte[] derive(String label, byte[] salt) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(label.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(salt);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    byte[] bytes() {
        return key.clone();
    }

    public void destroy() {
        Arrays.fill(key, (byte) 0);
    }
}
