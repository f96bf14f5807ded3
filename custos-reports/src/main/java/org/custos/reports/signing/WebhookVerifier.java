package org.custos.reports.signing;

import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.custos.lists.release.PublisherKey;
import org.custos.lists.release.TrustStore;

/**
 * Checks a {@code Custos-Signature} header against the exact body received: known key, matching algorithm,
 * valid signature (HMAC compared in constant time), timestamp within the tolerance of the receiver's clock, and
 * no earlier delivery of the same signature within that window (the {@link ReplayGuard}). Replays older than
 * the window fail on the timestamp.
 */
public final class WebhookVerifier {
    private final Map<String, byte[]> hmacSecrets = new HashMap<>();
    private final TrustStore trust;
    private final Clock clock;
    private final Duration tolerance;
    private final ReplayGuard replays;

    public WebhookVerifier(TrustStore trust, Clock clock, Duration tolerance) {
        this.trust = trust;
        this.clock = clock;
        this.tolerance = tolerance;
        this.replays = new ReplayGuard(clock, tolerance.multipliedBy(2));
    }

    public WebhookVerifier hmacSecret(String keyId, byte[] secret) {
        hmacSecrets.put(keyId, secret.clone());
        return this;
    }

    /** Returns the verified key id; throws {@link InvalidSignatureException} naming the failed check. */
    public String verify(String header, byte[] body) {
        SignatureHeader h = SignatureHeader.parse(header);
        long skew = Math.abs(clock.instant().getEpochSecond() - h.timestamp());
        if (skew > tolerance.toSeconds()) {
            throw new InvalidSignatureException("signature timestamp is " + skew + " s away from now (tolerance "
                    + tolerance.toSeconds() + " s)");
        }
        byte[] data = SignatureHeader.signedBytes(h.timestamp(), body);
        if (!valid(h, data)) throw new InvalidSignatureException("signature does not match the body (key " + h.keyId() + ")");
        if (!replays.firstSighting(h.keyId(), h.signature())) {
            throw new InvalidSignatureException("signature was already used: a replayed call (key " + h.keyId() + ")");
        }
        return h.keyId();
    }

    private boolean valid(SignatureHeader h, byte[] data) {
        return switch (h.algorithm()) {
            case SignatureHeader.HMAC -> {
                byte[] secret = hmacSecrets.get(h.keyId());
                if (secret == null) throw new InvalidSignatureException("unknown HMAC key " + h.keyId());
                yield MessageDigest.isEqual(Crypto.hmac(secret, data), h.signature());
            }
            case SignatureHeader.ED25519 -> {
                PublisherKey key = trust.key(h.keyId());
                if (key == null || trust.revoked(h.keyId())) {
                    throw new InvalidSignatureException("unknown or revoked Ed25519 key " + h.keyId());
                }
                yield Crypto.verify(key.publicKey(), data, h.signature());
            }
            default -> throw new InvalidSignatureException("unsupported signature algorithm '" + h.algorithm() + "'");
        };
    }
}
