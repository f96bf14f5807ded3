package org.custos.bench.hash;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.custos.hash.HashOptions;
import org.custos.hash.ImageDecoder;
import org.custos.hash.PdqHasher;
import org.custos.hash.Pixels;

/**
 * PDQ of this build against an earlier custos-hash jar in the same JVM, on the decoded 1600x1004 bridge: CPU time of
 * the hashing thread, rounds alternating between the two so that the machine's load hits both alike; prints the
 * best round of each, the ratio, and checks that both give the same hash. Run: {@code java
 * --add-modules=jdk.incubator.vector -cp bench/target/benchmarks.jar org.custos.bench.hash.PdqSideBySide
 * OLD.jar [rounds] [hashes per round]}.
 */
public final class PdqSideBySide {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private PdqSideBySide() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int reps = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        byte[] bridge = BenchImages.read(BenchImages.BRIDGE);
        Pixels p = ImageDecoder.imageIo(HashOptions.DEFAULT_MAX_PIXELS).decode(bridge, bridge.length, "bridge");
        byte[] rgb = p.samples().clone();
        PdqHasher current = new PdqHasher();
        Supplier<Object> now = () -> current.hashRgb24(rgb, p.width(), p.height(), p.rowStride());
        Supplier<Object> old = earlier(Path.of(args[0]), rgb, p.width(), p.height(), p.rowStride());
        String a = now.get().toString();
        String b = old.get().toString();
        if (!a.equals(b)) {
            throw new IllegalStateException("hashes differ: " + a + " vs " + b);
        }
        double bestNew = Double.MAX_VALUE;
        double bestOld = Double.MAX_VALUE;
        for (int round = 0; round <= rounds; round++) {
            double o = cpuMillis(reps, old);
            double n = cpuMillis(reps, now);
            if (round > 0) {
                bestOld = Math.min(bestOld, o);
                bestNew = Math.min(bestNew, n);
            }
            System.out.printf("round %d: earlier %.3f ms, now %.3f ms, ratio %.2f%n", round, o, n, o / n);
        }
        System.out.printf("best: earlier %.3f ms (%.0f/s), now %.3f ms (%.0f/s), speed-up %.2fx; same hash %s%n",
                bestOld, 1000 / bestOld, bestNew, 1000 / bestNew, bestOld / bestNew, a);
    }

    private static Supplier<Object> earlier(Path jar, byte[] rgb, int width, int height, int stride) throws Exception {
        URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()},
                ClassLoader.getPlatformClassLoader());
        Class<?> type = loader.loadClass("org.custos.hash.PdqHasher");
        Object hasher = type.getConstructor().newInstance();
        Method hash = type.getMethod("hashRgb24", byte[].class, int.class, int.class, int.class);
        return () -> {
            try {
                return hash.invoke(hasher, rgb, width, height, stride);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    private static double cpuMillis(int reps, Supplier<Object> run) {
        long start = THREADS.getCurrentThreadCpuTime();
        for (int i = 0; i < reps; i++) {
            run.get();
        }
        return (THREADS.getCurrentThreadCpuTime() - start) / 1e6 / reps;
    }
}
