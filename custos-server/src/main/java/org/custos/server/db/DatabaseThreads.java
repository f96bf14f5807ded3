package org.custos.server.db;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * A few platform threads for database work on a request's critical path (a recorded match: its entries, then
 * one transaction). Requests run on virtual threads; a virtual thread waiting on the database's socket is woken
 * by the JDK's poller and then waits for a free carrier, and under load the two carriers of a two-core machine
 * are busy with other requests, so each round trip waited about a millisecond more. A platform thread is woken
 * by the kernel directly. The request's own thread waits once for the whole piece of work.
 */
@Component
public class DatabaseThreads {
    static final int THREADS = 8;
    private final ExecutorService pool = Executors.newFixedThreadPool(THREADS,
            Thread.ofPlatform().name("custos-db-", 0).daemon().factory());

    /** Runs the work on one of the threads and returns its result, or throws what it threw. */
    public <T> T call(Supplier<T> work) {
        try {
            return pool.submit(work::get).get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for database work", e);
        }
    }

    @PreDestroy
    void close() {
        pool.shutdown();
    }
}
