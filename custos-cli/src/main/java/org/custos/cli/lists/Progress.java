package org.custos.cli.lists;

import java.io.PrintWriter;

/** Counts entries and reports on stderr every million, so long runs show they are alive. */
final class Progress {
    private static final long STEP = 1_000_000;
    private final PrintWriter err;
    private final String what;
    private final long started = System.nanoTime();
    private long count;

    Progress(PrintWriter err, String what) {
        this.err = err;
        this.what = what;
    }

    void tick() {
        if (++count % STEP == 0) {
            err.printf("… %,d %s (%.1f s)%n", count, what, (System.nanoTime() - started) / 1e9);
            err.flush();
        }
    }

    long count() {
        return count;
    }
}
