package org.custos.server.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TimedCacheTest {
    private final AtomicLong now = new AtomicLong();
    private final TimedCache<String, String> cache = new TimedCache<>(Duration.ofNanos(100), 3, now::get);
    private final AtomicInteger loads = new AtomicInteger();

    private String load(String key) {
        return key + loads.incrementAndGet();
    }

    @Test
    void aValueIsLoadedOnceWithinItsLifetime() {
        assertThat(cache.get("a", this::load)).isEqualTo("a1");
        now.set(99);
        assertThat(cache.get("a", this::load)).isEqualTo("a1");
        now.set(100);
        assertThat(cache.get("a", this::load)).isEqualTo("a2");
        assertThat(loads).hasValue(2);
    }

    @Test
    void whileOneCallerReloadsAnOldValueTheOthersUseIt() throws Exception {
        cache.get("a", this::load);
        now.set(500);
        CountDownLatch reloading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> reloader = CompletableFuture.supplyAsync(() -> cache.get("a", k -> {
            reloading.countDown();
            await(release);
            return load(k);
        }));
        assertThat(reloading.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(cache.get("a", this::load)).isEqualTo("a1");
        assertThat(cache.get("a", this::load)).isEqualTo("a1");
        release.countDown();
        assertThat(reloader.get(10, TimeUnit.SECONDS)).isEqualTo("a2");
        assertThat(cache.get("a", this::load)).isEqualTo("a2");
        assertThat(loads).hasValue(2);
    }

    @Test
    void aFailedReloadKeepsTheOldValueAndTheNextCallerTriesAgain() {
        cache.get("a", this::load);
        now.set(500);
        try {
            cache.get("a", k -> {
                throw new IllegalStateException("database down");
            });
        } catch (IllegalStateException expected) {
            // the caller that reloaded sees the failure
        }
        assertThat(cache.get("a", this::load)).isEqualTo("a2");
    }

    @Test
    void nothingIsKeptForNullAndForgottenKeysAreLoadedAgain() {
        assertThat(cache.get("gone", k -> null)).isNull();
        assertThat(cache.get("gone", this::load)).isEqualTo("gone1");
        cache.forget("gone");
        assertThat(cache.get("gone", this::load)).isEqualTo("gone2");
        cache.forgetIf(v -> v.startsWith("gone"));
        assertThat(cache.get("gone", this::load)).isEqualTo("gone3");
        now.set(1000);
        assertThat(cache.get("gone", k -> null)).isNull();
        assertThat(cache.get("gone", this::load)).isEqualTo("gone4");
    }

    @Test
    void aFullCacheStartsAgainRatherThanGrowing() {
        for (String k : new String[] {"a", "b", "c", "d"}) {
            cache.get(k, this::load);
        }
        assertThat(cache.get("a", this::load)).isEqualTo("a5");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
