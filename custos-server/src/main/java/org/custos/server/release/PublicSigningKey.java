package org.custos.server.release;

/** A publisher's public key as subscribers put it in their trust store (base64 X.509). */
public record PublicSigningKey(String publisher, String keyId, String publicKey) {
}
