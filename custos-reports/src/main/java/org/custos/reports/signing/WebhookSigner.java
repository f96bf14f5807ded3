package org.custos.reports.signing;

import java.time.Instant;
import org.custos.Preconditions;
import org.custos.lists.release.PublisherKey;

/**
 * Signs webhook bodies for the {@code Custos-Signature} header, with a shared HMAC secret (at least 32 bytes) or
 * the organisation's Ed25519 key (the receiver then needs only the public key).
 */
public final class WebhookSigner {
    private final String algorithm;
    private final String keyId;
    private final byte[] secret;
    private final PublisherKey key;

    private WebhookSigner(String algorithm, String keyId, byte[] secret, PublisherKey key) {
        this.algorithm = algorithm;
        this.keyId = keyId;
        this.secret = secret;
        this.key = key;
    }

    public static WebhookSigner hmac(String keyId, byte[] secret) {
        Preconditions.check(keyId != null && keyId.matches("[A-Za-z0-9._-]{1,64}"), "webhook key id is malformed: '%s'", keyId);
        Preconditions.check(secret != null && secret.length >= 32, "an HMAC webhook secret needs at least 32 bytes");
        return new WebhookSigner(SignatureHeader.HMAC, keyId, secret.clone(), null);
    }

    public static WebhookSigner ed25519(PublisherKey key) {
        Preconditions.check(key != null && key.privateKey() != null, "an Ed25519 webhook key needs its private half");
        return new WebhookSigner(SignatureHeader.ED25519, key.keyId(), null, key);
    }

    /** The header value for {@code body} sent at {@code now}. */
    public String sign(byte[] body, Instant now) {
        byte[] data = SignatureHeader.signedBytes(now.getEpochSecond(), body);
        byte[] sig = secret != null ? Crypto.hmac(secret, data) : Crypto.sign(key.privateKey(), data);
        return new SignatureHeader(now.getEpochSecond(), algorithm, keyId, sig).format();
    }
}
