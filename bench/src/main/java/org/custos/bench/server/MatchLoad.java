package org.custos.bench.server;

import java.net.URI;
import java.nio.file.Path;

/**
 * Load tools for a running Custos server on this machine (loopback only), with a key holding LIST_CURATOR,
 * ADMIN and MATCHER (the first start's operator key has them). {@code bench/server-load.sh} runs them all
 * from an empty data directory.
 *
 * <pre>
 * java -cp bench/target/classes org.custos.bench.server.MatchLoad URL KEY seed ENTRIES
 * java -cp bench/target/classes org.custos.bench.server.MatchLoad URL KEY hashes SEEDED RATE SECONDS [jdk]
 * java -cp bench/target/classes org.custos.bench.server.MatchLoad URL KEY images FOLDER CLIENTS SECONDS
 * </pre>
 *
 * {@code seed} imports ENTRIES random PDQ hashes (fixed seed) and subscribes; {@code hashes} sends one-hash
 * lookups at RATE per second for SECONDS after a warm-up of a fifth of that (SEEDED: how many were seeded,
 * for the near neighbours; {@code jdk}: send through the JDK HttpClient rather than the keep-alive client);
 * {@code images} matches ~1 MP JPEGs made from the reference photos under FOLDER.
 */
public final class MatchLoad {
    private MatchLoad() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: MatchLoad URL KEY seed ENTRIES | hashes SEEDED RATE SECONDS [jdk] | images FOLDER "
                    + "CLIENTS SECONDS");
            System.exit(2);
        }
        ServerClient server = new ServerClient(URI.create(args[0]), args[1]);
        switch (args[2]) {
            case "seed" -> new ListSeed(server).seed(Integer.parseInt(args[3]));
            case "hashes" -> hashes(server, args);
            case "images" -> new ImageLoad(server, Path.of(args[3])).run(Integer.parseInt(args[4]),
                    bounded(args[5]));
            default -> throw new IllegalArgumentException("unknown tool '" + args[2] + "'");
        }
    }

    private static void hashes(ServerClient server, String[] args) {
        boolean jdk = args.length > 6 && args[6].equals("jdk");
        KeepAliveClient keepAlive = jdk ? null : new KeepAliveClient(server.base(), server.key());
        HashLoad load = new HashLoad(server, Integer.parseInt(args[3]), keepAlive);
        int rate = Integer.parseInt(args[4]);
        int seconds = bounded(args[5]);
        load.run("warm-up", rate, Math.max(1, seconds / 5));
        load.run("measured" + (jdk ? ", JDK HttpClient" : ""), rate, seconds);
    }

    /** At most five minutes: the tool stops by itself. */
    private static int bounded(String seconds) {
        return Math.min(Integer.parseInt(seconds), 300);
    }
}
