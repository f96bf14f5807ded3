package org.custos.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A one-line progress bar on stderr, drawn only when stderr is a terminal and only once the work has taken more
 * than {@link #DELAY_MILLIS}, so short runs and redirected output stay clean. Erased when the work ends.
 */
final class HashProgress implements AutoCloseable {
    static final long DELAY_MILLIS = 1500;
    private static final int WIDTH = 30;

    private final PrintStream err;
    private final int total;
    private final AtomicInteger done = new AtomicInteger();
    private final long start = System.nanoTime();
    private final Thread painter;
    private boolean drawn;
    private boolean closed;

    HashProgress(PrintStream err, int total, boolean enabled) {
        this.err = err;
        this.total = total;
        this.painter = enabled ? Thread.ofPlatform().daemon().start(this::paintLoop) : null;
    }

    /** Whether stderr is a terminal: its file descriptor is a tty, or the launcher said so. */
    static boolean stderrIsTerminal() {
        if ("1".equals(System.getenv("CUSTOS_STDERR_TTY"))) {
            return true;
        }
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    void advance() {
        done.incrementAndGet();
    }

    private void paintLoop() {
        try {
            Thread.sleep(DELAY_MILLIS);
            while (!Thread.currentThread().isInterrupted()) {
                paint();
                Thread.sleep(200);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized void paint() {
        if (closed) {
            return;
        }
        int n = done.get();
        int filled = total == 0 ? WIDTH : (int) ((long) n * WIDTH / total);
        double seconds = (System.nanoTime() - start) / 1e9;
        err.printf("\r[%s%s] %d/%d files, %.1f files/s ", "#".repeat(filled), " ".repeat(WIDTH - filled), n, total,
                n / Math.max(seconds, 1e-9));
        err.flush();
        drawn = true;
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (painter != null) {
            painter.interrupt();
        }
        if (drawn) {
            err.print("\r" + " ".repeat(WIDTH + 48) + "\r");
            err.flush();
        }
    }
}
