package org.custos.server.security;

import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.custos.server.cache.TimedCache;
import org.custos.server.key.ApiKey;
import org.custos.server.key.ApiKeyToken;
import org.custos.server.key.ApiKeys;
import org.custos.server.organisation.Organisations;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Turns a presented token into a {@link Caller}, remembering valid keys for a few seconds so that a busy
 * matcher does not cost a database round trip per request; one caller reloads an old entry while the others use
 * it ({@link TimedCache}). The cache is keyed by the token's SHA-256, never the token; expiry is checked on every
 * use; a revocation on this instance is effective at once, on another within the cache's lifetime
 * ({@code custos.keys.cache-seconds}, default 5). Unknown tokens are not cached.
 */
@Component
public class KeyAuthenticator {
    private static final int MAX_CACHED = 10_000;
    private final ApiKeys keys;
    private final Organisations organisations;
    private final int defaultRate;
    private final TimedCache<String, Known> cache;

    public KeyAuthenticator(ApiKeys keys, Organisations organisations,
                            @Value("${custos.limits.requests-per-second}") int defaultRate,
                            @Value("${custos.keys.cache-seconds:5}") int cacheSeconds) {
        this.keys = keys;
        this.organisations = organisations;
        this.defaultRate = defaultRate;
        this.cache = new TimedCache<>(Duration.ofSeconds(cacheSeconds), MAX_CACHED);
    }

    public Optional<Caller> authenticate(String token) {
        String digest = HexFormat.of().formatHex(ApiKeyToken.hash(token));
        Known known = cache.get(digest, d -> keys.authenticate(token, Instant.now())
                .map(key -> new Known(key, caller(key))).orElse(null));
        if (known == null || !known.key().usableAt(Instant.now())) {
            return Optional.empty();
        }
        return Optional.of(known.caller());
    }

    /** Drops a key from the cache at once (after a revocation). */
    public void forget(String keyId) {
        cache.forgetIf(k -> k.key().id().equals(keyId));
    }

    private Caller caller(ApiKey key) {
        boolean operator = organisations.find(key.organisationId()).map(o -> o.operator()).orElse(false);
        int rate = key.requestsPerSecond() == null ? defaultRate : key.requestsPerSecond();
        return new Caller(key.id(), key.organisationId(), key.roles(), operator, rate);
    }

    private record Known(ApiKey key, Caller caller) {
    }
}
