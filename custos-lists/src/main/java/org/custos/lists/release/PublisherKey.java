package org.custos.lists.release;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import org.custos.InvalidValueException;
import org.custos.lists.Hex;
import org.custos.lists.Text;

/**
 * An Ed25519 signing key of a publishing organisation (RFC 8032, through the JDK's {@code Ed25519}). Its id is
 * the first 8 bytes of the SHA-256 of the public key's X.509 encoding, in hex, so anyone holding the public key
 * derives the same id. The private half is absent in keys read from a trust store.
 */
public record PublisherKey(String publisher, String keyId, PublicKey publicKey, PrivateKey privateKey) {
    public static final String ALGORITHM = "Ed25519";

    public PublisherKey {
        Text.check(publisher, Text.MAX_NAME, "publisher");
        if (!keyId.equals(idOf(publicKey))) throw new InvalidValueException("key id " + keyId + " is not that of the key");
    }

    public static PublisherKey generate(String publisher) {
        try {
            KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
            return new PublisherKey(publisher, idOf(pair.getPublic()), pair.getPublic(), pair.getPrivate());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String idOf(PublicKey key) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
            return Hex.of(Arrays.copyOf(sha, 8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public PublisherKey publicOnly() {
        return new PublisherKey(publisher, keyId, publicKey, null);
    }

    public String publicBase64() {
        return Base64.getEncoder().encodeToString(publicKey.getEncoded());
    }

    public String privateBase64() {
        return Base64.getEncoder().encodeToString(privateKey.getEncoded());
    }

    public static PublicKey decodePublic(String base64) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(decode(base64)));
        } catch (GeneralSecurityException e) {
            throw new InvalidValueException("not an Ed25519 public key: " + e.getMessage());
        }
    }

    public static PrivateKey decodePrivate(String base64) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(decode(base64)));
        } catch (GeneralSecurityException e) {
            throw new InvalidValueException("not an Ed25519 private key: " + e.getMessage());
        }
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("not base64: " + e.getMessage());
        }
    }
}
