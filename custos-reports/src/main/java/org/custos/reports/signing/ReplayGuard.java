package org.custos.reports.signing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * Remembers signatures seen within a window so a captured call cannot be delivered twice while its timestamp is
 * still fresh. Memory is bounded by the calls of one window; older ones are forgotten in arrival order.
 */
final class ReplayGuard {
    private record Seen(String id, Instant at) {
    }

    private final Clock clock;
    private final Duration window;
    private final Set<String> ids = new HashSet<>();
    private final Deque<Seen> order = new ArrayDeque<>();

    ReplayGuard(Clock clock, Duration window) {
        this.clock = clock;
        this.window = window;
    }

    synchronized boolean firstSighting(String keyId, byte[] signature) {
        Instant now = clock.instant();
        while (!order.isEmpty() && order.peekFirst().at().isBefore(now.minus(window))) ids.remove(order.pollFirst().id());
        String id = keyId + ":" + Base64.getEncoder().encodeToString(signature);
        if (!ids.add(id)) return false;
        order.addLast(new Seen(id, now));
        return true;
    }
}
