package org.custos.bench.server;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded, open-loop load test of {@code POST /v1/match/hashes} with one PDQ hash per request, against a
 * running server on this machine (loopback only). It creates a list of random PDQ hashes, subscribes to it,
 * then sends requests at a fixed rate, 1 in 100 a near neighbour of an entry (distance 8), the rest random
 * (no match), and prints p50/p90/p99/max latency and the throughput achieved. It stops by itself.
 *
 * <p>{@code java -cp bench/target/classes org.custos.bench.server.MatchLoad URL KEY ENTRIES RATE SECONDS};
 * the key needs LIST_CURATOR, ADMIN and MATCHER (the first start's operator key has them).
 */
public final class MatchLoad {
    private static final HexFormat HEX = HexFormat.of();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI base;
    private final String key;

    private MatchLoad(URI base, String key) {
        this.base = base;
        this.key = key;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            System.err.println("usage: MatchLoad URL KEY ENTRIES RATE SECONDS");
            System.exit(2);
        }
        URI base = URI.create(args[0]);
        if (!base.getHost().equals("localhost") && !base.getHost().startsWith("127.")) {
            throw new IllegalArgumentException("load tests run against this machine only (localhost, 127.x)");
        }
        int entries = Integer.parseInt(args[2]);
        int rate = Integer.parseInt(args[3]);
        int seconds = Math.min(Integer.parseInt(args[4]), 300);
        new MatchLoad(base, args[1]).run(entries, rate, seconds);
    }

    private void run(int entries, int rate, int seconds) throws Exception {
        Random random = new Random(42);
        String[] known = new String[Math.min(entries, 10_000)];
        String list = createList();
        long started = System.nanoTime();
        importEntries(list, entries, random, known);
        System.out.printf("imported %,d entries in %.1f s%n", entries, (System.nanoTime() - started) / 1e9);
        send("POST", "/v1/subscriptions", "{\"listId\":\"" + list + "\"}");
        measure("warm-up", rate, Math.max(1, seconds / 5), random, known);
        measure("measured", rate, seconds, random, known);
    }

    private String createList() throws Exception {
        String body = send("POST", "/v1/lists", "{\"name\":\"bench " + UUID.randomUUID() + "\",\"purpose\":\"KNOWN_CSAM\"}");
        return body.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
    }

    private void importEntries(String list, int entries, Random random, String[] known) throws Exception {
        Path file = Files.createTempFile("custos-bench-", ".jsonl");
        try {
            try (Writer out = Files.newBufferedWriter(file)) {
                for (int i = 0; i < entries; i++) {
                    String pdq = randomPdq(random);
                    if (i < known.length) {
                        known[i] = pdq;
                    }
                    out.write("{\"id\":\"b" + i + "\",\"status\":\"ACTIVE\",\"signals\":[{\"type\":\"pdq\",\"value\":\""
                            + pdq + "\"}]}\n");
                }
            }
            HttpResponse<String> response = client.send(request("/v1/lists/" + list + "/imports?format=jsonl")
                    .header("Content-Type", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofFile(file))
                    .build(), HttpResponse.BodyHandlers.ofString());
            String job = check(response).replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
            waitForImport(job);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Polls the import job until it is done (at most ten minutes); a failed import stops the run. */
    private void waitForImport(String job) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (System.nanoTime() < deadline) {
            String status = send("GET", "/v1/imports/" + job, "");
            if (status.contains("\"status\":\"DONE\"")) {
                return;
            }
            if (status.contains("\"status\":\"FAILED\"")) {
                throw new IllegalStateException("the import failed: " + status);
            }
            TimeUnit.MILLISECONDS.sleep(200);
        }
        throw new IllegalStateException("the import did not finish within ten minutes");
    }

    private void measure(String label, int rate, int seconds, Random random, String[] known) throws Exception {
        int total = rate * seconds;
        long[] latencies = new long[total];
        AtomicInteger failures = new AtomicInteger();
        CompletableFuture<?>[] pending = new CompletableFuture<?>[total];
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long due = start + (long) i * 1_000_000_000L / rate;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            String pdq = i % 100 == 0 ? flip(known[random.nextInt(known.length)]) : randomPdq(random);
            int n = i;
            long sent = System.nanoTime();
            pending[i] = client.sendAsync(request("/v1/match/hashes").header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"hashes\":[{\"type\":\"pdq\",\"value\":\""
                                    + pdq + "\"}]}")).build(), HttpResponse.BodyHandlers.ofString())
                    .whenComplete((r, e) -> {
                        latencies[n] = System.nanoTime() - sent;
                        if (e != null || r.statusCode() != 200) {
                            failures.incrementAndGet();
                        }
                    });
        }
        CompletableFuture.allOf(pending).exceptionally(e -> null).join();
        double elapsed = (System.nanoTime() - start) / 1e9;
        Arrays.sort(latencies);
        System.out.printf("%s: %,d requests at %d/s target, %.0f/s achieved, %d failed; latency ms p50 %.2f p90 %.2f "
                        + "p99 %.2f max %.2f%n", label, total, rate, total / elapsed, failures.get(),
                ms(latencies, 0.50), ms(latencies, 0.90), ms(latencies, 0.99), latencies[total - 1] / 1e6);
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) (quantile * sorted.length))] / 1e6;
    }

    private static String randomPdq(Random random) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return HEX.formatHex(bytes);
    }

    /** The hash with 8 bits of its last byte flipped: distance 8. */
    private static String flip(String pdq) {
        int last = Integer.parseInt(pdq.substring(62), 16) ^ 0xff;
        return pdq.substring(0, 62) + String.format("%02x", last);
    }

    private String send(String method, String path, String json) throws IOException, InterruptedException {
        HttpRequest.BodyPublisher body = json.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json);
        HttpResponse<String> response = client.send(request(path).header("Content-Type", "application/json")
                .method(method, body).build(), HttpResponse.BodyHandlers.ofString());
        return check(response);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + key);
    }

    private static String check(HttpResponse<String> response) {
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(response.request().uri() + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body();
    }
}
