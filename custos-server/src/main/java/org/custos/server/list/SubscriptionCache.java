package org.custos.server.list;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * An organisation's subscriptions as matching reads them, remembered for a second or two
 * ({@code custos.subscriptions.cache-millis}, default 2000) so a match costs no database round trip. A
 * change on this instance clears the organisation's entry at once; on another it shows within the lifetime.
 */
@Component
public class SubscriptionCache {
    private final Subscriptions subscriptions;
    private final long ttlNanos;
    private final Map<UUID, Cached> cache = new ConcurrentHashMap<>();

    public SubscriptionCache(Subscriptions subscriptions, @Value("${custos.subscriptions.cache-millis:2000}") long millis) {
        this.subscriptions = subscriptions;
        this.ttlNanos = Duration.ofMillis(millis).toNanos();
    }

    public List<Subscription> of(UUID organisationId) {
        long now = System.nanoTime();
        Cached cached = cache.get(organisationId);
        if (cached == null || now - cached.loadedAt() >= ttlNanos) {
            cached = new Cached(subscriptions.of(organisationId), now);
            cache.put(organisationId, cached);
        }
        return cached.subscriptions();
    }

    public void forget(UUID organisationId) {
        cache.remove(organisationId);
    }

    private record Cached(List<Subscription> subscriptions, long loadedAt) {
    }
}
