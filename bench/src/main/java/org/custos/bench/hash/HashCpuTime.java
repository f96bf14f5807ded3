package org.custos.bench.hash;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.custos.hash.FileDigests;
import org.custos.hash.HashOptions;
import org.custos.hash.ImageDecoder;
import org.custos.hash.PdqHasher;
import org.custos.hash.Pixels;

/**
 * The hashing targets measured in CPU time of the hashing thread (best of several rounds), which a shared machine
 * disturbs far less than wall-clock time: (a) PDQ on the decoded 1600x1004 bridge, (b) decode + PDQ + digests on
 * one thread for the 1.6 MP and 12 MP JPEGs with each decoder, (c) MB/s of each digest. Run:
 * {@code java --add-modules=jdk.incubator.vector --enable-native-access=ALL-UNNAMED
 * -cp bench/target/benchmarks.jar org.custos.bench.hash.HashCpuTime [rounds]}.
 */
public final class HashCpuTime {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final long LIMIT = HashOptions.DEFAULT_MAX_PIXELS;

    private HashCpuTime() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        byte[] bridge = BenchImages.read(BenchImages.BRIDGE);
        Pixels pixels = copy(ImageDecoder.imageIo(LIMIT).decode(bridge, bridge.length, "bridge"));
        PdqHasher pdq = new PdqHasher();
        double pdqMs = best(rounds, 200, () -> pdq.hash(pixels));
        System.out.printf("(a) PDQ 1600x1004 decoded: %.2f ms CPU = %.0f hashes/s per core%n", pdqMs, 1000 / pdqMs);
        for (String image : new String[] {BenchImages.BRIDGE, BenchImages.PHONE}) {
            byte[] jpeg = BenchImages.read(image);
            for (boolean fast : new boolean[] {true, false}) {
                if (fast && !ImageDecoder.nativeJpeg()) {
                    continue;
                }
                ImageDecoder decoder = fast ? ImageDecoder.best(LIMIT) : ImageDecoder.imageIo(LIMIT);
                int reps = image.equals(BenchImages.PHONE) ? 10 : 40;
                double decode = best(rounds, reps, () -> decoder.decode(jpeg, jpeg.length, image));
                double all = best(rounds, reps, () -> {
                    FileDigests.of(jpeg);
                    pdq.hash(decoder.decode(jpeg, jpeg.length, image));
                });
                System.out.printf("(b) %s %s: decode %.1f ms, decode+PDQ+digests %.1f ms CPU%n",
                        image.substring(image.lastIndexOf('/') + 1), fast ? "libjpeg-turbo" : "pure Java", decode, all);
            }
        }
        byte[] data = new byte[16 << 20];
        new java.util.Random(1).nextBytes(data);
        for (String algorithm : new String[] {"MD5", "SHA-1", "SHA-256"}) {
            double ms = best(rounds, 3, () -> digest(algorithm, data));
            System.out.printf("(c) %s: %.0f MB/s per core%n", algorithm, data.length / 1e6 / (ms / 1000));
        }
    }

    private static void digest(String algorithm, byte[] data) {
        try {
            java.security.MessageDigest.getInstance(algorithm).digest(data);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Pixels copy(Pixels p) {
        return new Pixels(p.samples().clone(), p.offset(), p.width(), p.height(), p.rowStride(), p.format());
    }

    /** Least CPU milliseconds per run over {@code rounds} rounds of {@code reps} runs, after one warm-up round. */
    private static double best(int rounds, int reps, Runnable run) {
        double best = Double.MAX_VALUE;
        for (int round = 0; round <= rounds; round++) {
            long start = THREADS.getCurrentThreadCpuTime();
            for (int i = 0; i < reps; i++) {
                run.run();
            }
            double ms = (THREADS.getCurrentThreadCpuTime() - start) / 1e6 / reps;
            if (round > 0) {
                best = Math.min(best, ms);
            }
        }
        return best;
    }
}
