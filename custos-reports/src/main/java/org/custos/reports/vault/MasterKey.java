package org.custos.reports.vault;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.custos.Preconditions;

/**
 * The vault's master key (AES-256, from configuration, named by an id so keys can rotate): it wraps and unwraps
 * case data keys and never touches content. The id lets a server hold the current and retired master keys.
 */
public final class MasterKey {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final String keyId;
    private final SecretKeySpec key;

    public MasterKey(String keyId, byte[] key) {
        Preconditions.check(keyId != null && keyId.matches("[A-Za-z0-9._-]{1,64}"), "master key id is malformed: '%s'", keyId);
        Preconditions.check(key != null && key.length == 32, "a master key has 32 bytes (AES-256)");
        this.keyId = keyId;
        this.key = new SecretKeySpec(key, "AES");
    }

    /** From configuration: 32 bytes in base64. */
    public static MasterKey fromBase64(String keyId, String base64) {
        try {
            return new MasterKey(keyId, Base64.getDecoder().decode(base64.strip()));
        } catch (IllegalArgumentException e) {
            throw new VaultException("master key " + keyId + " is not base64");
        }
    }

    public static MasterKey generate(String keyId) {
        byte[] k = new byte[32];
        RANDOM.nextBytes(k);
        return new MasterKey(keyId, k);
    }

    public String keyId() {
        return keyId;
    }

    public WrappedKey wrap(String caseId, DataKey dataKey) {
        byte[] nonce = new byte[12];
        RANDOM.nextBytes(nonce);
        return new WrappedKey(caseId, keyId, nonce, run(Cipher.ENCRYPT_MODE, nonce, caseId, dataKey.bytes()));
    }

    public DataKey unwrap(WrappedKey wrapped) {
        if (!wrapped.masterKeyId().equals(keyId)) {
            throw new VaultException("case " + wrapped.caseId() + " is wrapped by master key " + wrapped.masterKeyId()
                    + ", not " + keyId);
        }
        return new DataKey(run(Cipher.DECRYPT_MODE, wrapped.nonce(), wrapped.caseId(), wrapped.ciphertext()));
    }

    private byte[] run(int mode, byte[] nonce, String caseId, byte[] input) {
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(mode, key, new GCMParameterSpec(128, nonce));
            c.updateAAD(("custos-vault-case\u0000" + caseId).getBytes(StandardCharsets.UTF_8));
            return c.doFinal(input);
        } catch (AEADBadTagException e) {
            throw new VaultException("wrapped key of case " + caseId + " does not open with master key " + keyId, e);
        } catch (GeneralSecurityException e) {
            throw new VaultException("AES-GCM failed: " + e.getMessage(), e);
        }
    }
}
