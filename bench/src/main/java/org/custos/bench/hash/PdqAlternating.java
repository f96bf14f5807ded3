package org.custos.bench.hash;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.custos.hash.Pixels;

/**
 * PDQ of this build against another implementation, each side in a fresh process of its own (so neither shares the
 * JIT's profiles with the other), processes alternating so that the machine's load hits both alike. The other side
 * is an earlier custos-hash jar, or an executable such as Meta's C++ reference built by
 * {@code bench/pdq-reference/build.sh} (any program that takes {@code RGB-FILE WIDTH HEIGHT WARM ROUNDS REPS} and
 * prints {@code RESULT median-ms best-ms hex quality}). Each side hashes the decoded 1600x1004 bridge {@code warm}
 * times (C2 settles after a few thousand), then measures rounds of CPU time of the hashing thread and reports the
 * median and best round; the summary gives, per side, the median of those medians and the best round, their
 * ratios, and checks that both sides agree on the hash and quality. Run: {@code java
 * --add-modules=jdk.incubator.vector -cp bench/target/benchmarks.jar org.custos.bench.hash.PdqAlternating
 * OTHER.jar|EXECUTABLE [runs 5] [warm 2000] [rounds 7] [hashes per round 150]}.
 */
public final class PdqAlternating {
    private static final String CHILD = "--child";
    private static final String CURRENT = "current";
    private static final Pattern RESULT = Pattern.compile("hash=(\\p{XDigit}{64}), quality=(\\d+)");

    private PdqAlternating() {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals(CHILD)) {
            child(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]));
            return;
        }
        int runs = Integer.parseInt(arg(args, 1, "5"));
        String[] counts = {arg(args, 2, "2000"), arg(args, 3, "7"), arg(args, 4, "150")};
        Pixels bridge = args[0].endsWith(".jar") ? null : PdqSides.bridge();
        Path pixels = bridge == null ? null : rgbFile(bridge);
        List<double[]> other = new ArrayList<>();
        List<double[]> now = new ArrayList<>();
        String hash = null;
        for (int run = 1; run <= runs; run++) {
            Side o = pixels == null ? spawn(args[0], counts) : spawnExecutable(args[0], pixels, bridge, counts);
            Side n = spawn(CURRENT, counts);
            if (!o.hash.equals(n.hash) || hash != null && !hash.equals(n.hash)) {
                throw new IllegalStateException("hashes differ: " + o.hash + " vs " + n.hash);
            }
            hash = n.hash;
            other.add(o.millis);
            now.add(n.millis);
            System.out.printf("run %d: other median %.3f best %.3f ms, this build median %.3f best %.3f ms%n", run,
                    o.millis[0], o.millis[1], n.millis[0], n.millis[1]);
        }
        double otherMedian = median(other, 0);
        double newMedian = median(now, 0);
        double otherBest = best(other);
        double newBest = best(now);
        System.out.printf("median of medians: other %.3f ms (%.0f/s), this build %.3f ms (%.0f/s), speed-up %.2fx%n",
                otherMedian, 1000 / otherMedian, newMedian, 1000 / newMedian, otherMedian / newMedian);
        System.out.printf("best round: other %.3f ms (%.0f/s), this build %.3f ms (%.0f/s), speed-up %.2fx; same hash"
                + " and quality %s%n", otherBest, 1000 / otherBest, newBest, 1000 / newBest, otherBest / newBest, hash);
    }

    private record Side(double[] millis, String hash) {
    }

    private static Side spawn(String side, String[] counts) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "--add-modules=jdk.incubator.vector", "-cp", System.getProperty("java.class.path")));
        if (System.getProperty("custos.pdqVectors") != null) {
            command.add("-Dcustos.pdqVectors=" + System.getProperty("custos.pdqVectors"));
        }
        command.addAll(List.of(PdqAlternating.class.getName(), CHILD, side, counts[0], counts[1], counts[2]));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        return side(process, side);
    }

    /** The other side as a program of its own, reading the bridge's RGB bytes from {@code pixels}. */
    private static Side spawnExecutable(String program, Path pixels, Pixels p, String[] counts)
            throws IOException, InterruptedException {
        Process process = new ProcessBuilder(program, pixels.toString(), String.valueOf(p.width()),
                String.valueOf(p.height()), counts[0], counts[1], counts[2])
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        return side(process, program);
    }

    /** Reads a side's {@code RESULT median best hex quality} line. */
    private static Side side(Process process, String side) throws IOException, InterruptedException {
        String result = new String(process.getInputStream().readAllBytes()).lines()
                .filter(l -> l.startsWith("RESULT ")).findFirst()
                .orElseThrow(() -> new IllegalStateException(side + ": the side printed no result"));
        process.waitFor();
        String[] fields = result.split(" ", 4);
        return new Side(new double[] {Double.parseDouble(fields[1]), Double.parseDouble(fields[2])}, fields[3]);
    }

    /** The bridge's RGB bytes in a temporary file, for a side that is not a JVM. */
    private static Path rgbFile(Pixels bridge) throws IOException {
        Path file = Files.createTempFile("custos-bridge-", ".rgb");
        file.toFile().deleteOnExit();
        return Files.write(file, bridge.samples());
    }

    private static void child(String side, int warm, int rounds, int reps) throws ReflectiveOperationException {
        Pixels p = PdqSides.bridge();
        Supplier<Object> hasher = side.equals(CURRENT) ? PdqSides.current(p) : PdqSides.earlier(Path.of(side), p);
        for (int i = 0; i < warm; i++) {
            hasher.get();
        }
        double[] millis = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            millis[r] = PdqSides.cpuMillis(reps, hasher);
        }
        Arrays.sort(millis);
        Matcher m = RESULT.matcher(hasher.get().toString());
        if (!m.find()) {
            throw new IllegalStateException("not a PDQ result: " + hasher.get());
        }
        System.out.printf("RESULT %.4f %.4f %s %s%n", millis[rounds / 2], millis[0], m.group(1), m.group(2));
    }

    private static String arg(String[] args, int i, String otherwise) {
        return args.length > i ? args[i] : otherwise;
    }

    private static double median(List<double[]> runs, int field) {
        double[] values = runs.stream().mapToDouble(m -> m[field]).sorted().toArray();
        return values[values.length / 2];
    }

    private static double best(List<double[]> runs) {
        return runs.stream().mapToDouble(m -> m[1]).min().orElseThrow();
    }
}
