package org.custos.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final RateLimiter limiter = new RateLimiter(now::get);

    @Test
    void burstsToTheRateThenRefillsOverTime() {
        for (int i = 0; i < 10; i++) {
            assertThat(limiter.tryAcquire("k", 10)).isTrue();
        }
        assertThat(limiter.tryAcquire("k", 10)).isFalse();
        now.addAndGet(100_000_000L); // 0.1 s: one token back
        assertThat(limiter.tryAcquire("k", 10)).isTrue();
        assertThat(limiter.tryAcquire("k", 10)).isFalse();
        now.addAndGet(10_000_000_000L); // long idle: refilled to the burst, not beyond
        for (int i = 0; i < 10; i++) {
            assertThat(limiter.tryAcquire("k", 10)).isTrue();
        }
        assertThat(limiter.tryAcquire("k", 10)).isFalse();
    }

    @Test
    void keysHaveSeparateBuckets() {
        assertThat(limiter.tryAcquire("a", 1)).isTrue();
        assertThat(limiter.tryAcquire("a", 1)).isFalse();
        assertThat(limiter.tryAcquire("b", 1)).isTrue();
    }
}
