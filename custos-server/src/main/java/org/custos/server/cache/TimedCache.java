package org.custos.server.cache;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Predicate;

/**
 * Values read from the database on every request (an API key's caller, an organisation's subscriptions), kept
 * for a short lifetime. When a value is older than that, the first caller to see it reloads it while the others
 * go on with the value they had (stale while revalidating). With a plain expiry every request arriving during
 * the reload went to the database too: at a thousand lookups a second, a burst of identical queries queued for
 * pool connections every few seconds, and each waiting request was held up. A key with no value yet, or one just
 * forgotten, is loaded by whoever asks. A loader that returns null means "no value": nothing is kept.
 */
public final class TimedCache<K, V> {
    private final long lifetimeNanos;
    private final int maxEntries;
    private final LongSupplier clock;
    private final Map<K, Slot<V>> slots = new ConcurrentHashMap<>();

    public TimedCache(Duration lifetime, int maxEntries, LongSupplier clock) {
        this.lifetimeNanos = lifetime.toNanos();
        this.maxEntries = maxEntries;
        this.clock = clock;
    }

    public TimedCache(Duration lifetime, int maxEntries) {
        this(lifetime, maxEntries, System::nanoTime);
    }

    /** The kept value, reloaded by this caller if it is the first to find it old; null if the loader has none. */
    public V get(K key, Function<? super K, ? extends V> loader) {
        Slot<V> slot = slots.get(key);
        if (slot == null) {
            return load(key, loader, null);
        }
        if (clock.getAsLong() - slot.loadedAt >= lifetimeNanos && slot.reloading.compareAndSet(false, true)) {
            try {
                return load(key, loader, slot);
            } finally {
                slot.reloading.set(false);
            }
        }
        return slot.value;
    }

    public void forget(K key) {
        slots.remove(key);
    }

    public void forgetIf(Predicate<? super V> which) {
        slots.values().removeIf(slot -> which.test(slot.value));
    }

    private V load(K key, Function<? super K, ? extends V> loader, Slot<V> old) {
        long now = clock.getAsLong();
        V value = loader.apply(key);
        if (value == null) {
            slots.remove(key);
            return null;
        }
        if (old == null && slots.size() >= maxEntries) {
            slots.clear();
        }
        Slot<V> fresh = new Slot<>(value, now);
        if (old == null) {
            slots.put(key, fresh);
        } else {
            slots.replace(key, old, fresh);
        }
        return value;
    }

    private static final class Slot<V> {
        final V value;
        final long loadedAt;
        final AtomicBoolean reloading = new AtomicBoolean();

        Slot(V value, long loadedAt) {
            this.value = value;
            this.loadedAt = loadedAt;
        }
    }
}
