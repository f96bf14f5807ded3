package org.custos.server;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Polls a condition every 100 ms until it holds or the time is up; true if it held. */
final class Eventually {
    private Eventually() {
    }

    static boolean within(Duration limit, BooleanSupplier condition) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return condition.getAsBoolean();
    }
}
