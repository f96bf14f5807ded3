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
import org.custos.hash.PixelFormat;
import org.custos.hash.Pixels;

/** The two sides of a PDQ comparison on the decoded 1600x1004 bridge: this build, or an earlier custos-hash jar. */
final class PdqSides {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private PdqSides() {
    }

    /**
     * The bridge's decoded pixels in RGB order, one row after another (what {@code hashRgb24} and Meta's reference
     * driver take), so that every side hashes the very same bytes to the reference's full-resolution hash.
     */
    static Pixels bridge() {
        byte[] bridge = BenchImages.read(BenchImages.BRIDGE);
        Pixels p = ImageDecoder.imageIo(HashOptions.DEFAULT_MAX_PIXELS).decode(bridge, bridge.length, "bridge");
        int row = 3 * p.width();
        byte[] rgb = new byte[row * p.height()];
        for (int y = 0; y < p.height(); y++) {
            System.arraycopy(p.samples(), p.offset() + y * p.rowStride(), rgb, y * row, row);
        }
        if (p.format() == PixelFormat.BGR) {
            for (int i = 0; i < rgb.length; i += 3) {
                byte blue = rgb[i];
                rgb[i] = rgb[i + 2];
                rgb[i + 2] = blue;
            }
        } else if (p.format() != PixelFormat.RGB) {
            throw new IllegalStateException("the bridge decoded as " + p.format() + ", not 3-byte colour");
        }
        return new Pixels(rgb, 0, p.width(), p.height(), row, PixelFormat.RGB);
    }

    /** Hashes {@code p} with this build's PdqHasher. */
    static Supplier<Object> current(Pixels p) {
        PdqHasher hasher = new PdqHasher();
        return () -> hasher.hashRgb24(p.samples(), p.width(), p.height(), p.rowStride());
    }

    /** Hashes {@code p} with the PdqHasher of {@code jar}, loaded in its own class loader. */
    static Supplier<Object> earlier(Path jar, Pixels p) throws ReflectiveOperationException {
        URLClassLoader loader;
        try {
            loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
        } catch (java.net.MalformedURLException e) {
            throw new IllegalArgumentException(jar.toString(), e);
        }
        Class<?> type = loader.loadClass("org.custos.hash.PdqHasher");
        Object hasher = type.getConstructor().newInstance();
        Method hash = type.getMethod("hashRgb24", byte[].class, int.class, int.class, int.class);
        return () -> {
            try {
                return hash.invoke(hasher, p.samples(), p.width(), p.height(), p.rowStride());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    /** CPU milliseconds of this thread per call, over {@code reps} calls. */
    static double cpuMillis(int reps, Supplier<Object> run) {
        long start = THREADS.getCurrentThreadCpuTime();
        for (int i = 0; i < reps; i++) {
            run.get();
        }
        return (THREADS.getCurrentThreadCpuTime() - start) / 1e6 / reps;
    }
}
