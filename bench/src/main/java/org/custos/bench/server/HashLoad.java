package org.custos.bench.server;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Open loop at a fixed rate: request i is due at start + i/rate whatever the answers before it, and its latency
 * is counted from that due time, not from when it was sent, so a slow server, or a sender that fell behind,
 * shows as latency rather than as a lower rate the client chose (no coordinated omission). Each request is a
 * {@code POST /v1/match/hashes} with one PDQ hash, 1 in 100 a near neighbour (distance 8) of a seeded entry, the
 * rest random (no match); the bodies are made before the clock starts.
 *
 * <p>By default {@link #SENDERS} platform threads, each with its own keep-alive connection ({@link
 * KeepAliveClient}), take the next due request in turn, sleep until it is due, send it and wait for the answer
 * with blocking socket calls: a few system calls a request and no task handed between threads. {@code jdk}
 * sends through the JDK HttpClient instead (the tool's own CPU per request differs, see docs/BENCHMARKS.md).
 */
final class HashLoad {
    static final int SENDERS = 32;
    static final int NEAR_EVERY = 100;
    private static final String PATH = "/v1/match/hashes";
    private final ServerClient server;
    private final String[] known;
    private final SplittableRandom random = new SplittableRandom(7);
    private final KeepAliveClient keepAlive;

    /** {@code keepAlive} null: the JDK HttpClient sends. */
    HashLoad(ServerClient server, int seededEntries, KeepAliveClient keepAlive) {
        this.server = server;
        this.known = ListSeed.hashes(Math.min(seededEntries, 10_000));
        this.keepAlive = keepAlive;
    }

    void run(String label, int rate, int seconds) {
        String[] bodies = new String[rate * seconds];
        for (int i = 0; i < bodies.length; i++) {
            bodies[i] = body(i);
        }
        Latencies latencies = new Latencies(bodies.length);
        AtomicInteger failures = new AtomicInteger();
        long start = System.nanoTime() + 20_000_000L;
        if (keepAlive != null) {
            senders(bodies, rate, start, latencies, failures);
        } else {
            jdk(bodies, rate, start, latencies, failures);
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        System.out.println(latencies.summary(label + " (" + rate + "/s asked, one hash per request)", elapsed,
                failures.get()));
        System.out.println("  of which matching (1 in " + NEAR_EVERY + ", recorded in the database): "
                + latencies.every(NEAR_EVERY, true).summary("", elapsed, 0).substring(2));
        System.out.println("  of which matching nothing: "
                + latencies.every(NEAR_EVERY, false).summary("", elapsed, 0).substring(2));
    }

    private void senders(String[] bodies, int rate, long start, Latencies latencies, AtomicInteger failures) {
        AtomicInteger next = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < SENDERS; t++) {
            threads.add(Thread.ofPlatform().daemon().start(() -> {
                KeepAliveClient.Connection connection = keepAlive.connect();
                for (int i = next.getAndIncrement(); i < bodies.length; i = next.getAndIncrement()) {
                    long due = due(start, i, rate);
                    pace(due);
                    if (!connection.reusable()) {
                        connection.close();
                        connection = keepAlive.connect();
                    }
                    try {
                        if (connection.postJson(PATH, bodies[i]) != 200) {
                            failures.incrementAndGet();
                        }
                    } catch (IOException e) {
                        failures.incrementAndGet();
                        connection.close();
                        connection = keepAlive.connect();
                    }
                    latencies.record(i, System.nanoTime() - due);
                }
                connection.close();
            }));
        }
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void jdk(String[] bodies, int rate, long start, Latencies latencies, AtomicInteger failures) {
        CompletableFuture<?>[] pending = new CompletableFuture<?>[bodies.length];
        for (int i = 0; i < bodies.length; i++) {
            int request = i;
            long due = due(start, i, rate);
            pace(due);
            HttpRequest post = server.request(PATH).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(bodies[i])).build();
            pending[i] = server.http().sendAsync(post, HttpResponse.BodyHandlers.discarding())
                    .whenComplete((answer, e) -> {
                        latencies.record(request, System.nanoTime() - due);
                        if (e != null || answer.statusCode() != 200) {
                            failures.incrementAndGet();
                        }
                    });
        }
        CompletableFuture.allOf(pending).exceptionally(e -> null).join();
    }

    private static long due(long start, int i, int rate) {
        return start + (long) i * 1_000_000_000L / rate;
    }

    private String body(int i) {
        String pdq = i % NEAR_EVERY == 0 ? flip(known[random.nextInt(known.length)]) : ListSeed.pdq(random);
        return "{\"hashes\":[{\"type\":\"pdq\",\"value\":\"" + pdq + "\"}]}";
    }

    private static void pace(long due) {
        for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
            LockSupport.parkNanos(wait);
        }
    }

    /** The hash with 8 bits of its last byte flipped: distance 8. */
    private static String flip(String pdq) {
        int last = Integer.parseInt(pdq.substring(62), 16) ^ 0xff;
        return pdq.substring(0, 62) + String.format("%02x", last);
    }
}
