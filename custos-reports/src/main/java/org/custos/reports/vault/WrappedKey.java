package org.custos.reports.vault;

import java.util.Base64;
import org.custos.Preconditions;

/**
 * A case's data key encrypted under a master key (AES-256-GCM, the case id as associated data so a wrapped key
 * cannot be moved to another case). This is what the server stores beside the case; deleting it is the
 * crypto-shredding of the case. Text form: {@code caseId:masterKeyId:base64(nonce):base64(ciphertext)}.
 */
public record WrappedKey(String caseId, String masterKeyId, byte[] nonce, byte[] ciphertext) {
    public WrappedKey {
        Preconditions.check(caseId != null && caseId.matches("[A-Za-z0-9._-]{1,100}"), "case id is malformed: '%s'", caseId);
        Preconditions.check(masterKeyId != null && masterKeyId.matches("[A-Za-z0-9._-]{1,64}"),
                "master key id is malformed: '%s'", masterKeyId);
        nonce = nonce.clone();
        ciphertext = ciphertext.clone();
    }

    public String encode() {
        Base64.Encoder b64 = Base64.getEncoder();
        return caseId + ":" + masterKeyId + ":" + b64.encodeToString(nonce) + ":" + b64.encodeToString(ciphertext);
    }

    public static WrappedKey decode(String text) {
        String[] f = text == null ? new String[0] : text.split(":");
        if (f.length != 4) throw new VaultException("a wrapped key has four ':'-separated fields");
        try {
            return new WrappedKey(f[0], f[1], Base64.getDecoder().decode(f[2]), Base64.getDecoder().decode(f[3]));
        } catch (IllegalArgumentException e) {
            throw new VaultException("wrapped key of case " + f[0] + " is not base64");
        }
    }
}
