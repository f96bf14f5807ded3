package org.custos.server.list;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.custos.server.cache.TimedCache;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * An organisation's subscriptions as matching reads them, remembered for a second or two
 * ({@code custos.subscriptions.cache-millis}, default 2000) so a match costs no database round trip; one caller
 * reloads an old entry while the others use it ({@link TimedCache}). A change on this instance clears the
 * organisation's entry at once; on another it shows within the lifetime.
 */
@Component
public class SubscriptionCache {
    private final Subscriptions subscriptions;
    private final TimedCache<UUID, List<Subscription>> cache;

    public SubscriptionCache(Subscriptions subscriptions, @Value("${custos.subscriptions.cache-millis:2000}") long millis) {
        this.subscriptions = subscriptions;
        this.cache = new TimedCache<>(Duration.ofMillis(millis), 100_000);
    }

    public List<Subscription> of(UUID organisationId) {
        return cache.get(organisationId, subscriptions::of);
    }

    public void forget(UUID organisationId) {
        cache.forget(organisationId);
    }
}
