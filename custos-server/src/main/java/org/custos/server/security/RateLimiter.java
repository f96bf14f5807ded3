package org.custos.server.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Per-key token buckets: a key may burst up to its rate and then gets one request per 1/rate seconds.
 * Buckets live in memory on each server instance, so the rate is per key and per instance.
 */
public final class RateLimiter {
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final LongSupplier nanoClock;

    public RateLimiter(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
    }

    public boolean tryAcquire(String keyId, int perSecond) {
        return buckets.computeIfAbsent(keyId, k -> new Bucket(perSecond, nanoClock.getAsLong()))
                .tryTake(perSecond, nanoClock.getAsLong());
    }

    private static final class Bucket {
        private double tokens;
        private long last;

        Bucket(int capacity, long now) {
            this.tokens = capacity;
            this.last = now;
        }

        synchronized boolean tryTake(int perSecond, long now) {
            tokens = Math.min(perSecond, tokens + (now - last) * perSecond / 1e9);
            last = now;
            if (tokens < 1) {
                return false;
            }
            tokens -= 1;
            return true;
        }
    }
}
