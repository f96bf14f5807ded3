package org.custos.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.custos.CustosException;
import org.custos.hash.HashOptions;
import org.custos.hash.ImageException;
import org.custos.hash.ImageHasher;
import org.custos.video.VideoHasher;
import org.custos.video.VideoSniffer;
import org.custos.video.VpdqOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code custos hash}: PDQ, quality and MD5/SHA-1/SHA-256 of image files, and vPDQ frames of video files (told
 * apart by their first bytes), one record per file, sorted by path.
 * Files are hashed on N threads (one {@link ImageHasher} each) while records are written in path order; at most a
 * few files per thread are in flight, so memory stays bounded however many files there are.
 */
@Command(name = "hash", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Hash image and video files and folders (recursively): one record per file, sorted by path, "
                + "with path, size, md5, sha1, sha256, pdq, quality (and dihedral) for an image, vpdq frames for a "
                + "video, or path and error.",
            "Exit status: 0 when every file was hashed, 1 when any failed, 2 on a usage error."})
final class HashCommand implements java.util.concurrent.Callable<Integer> {
    private static final int IN_FLIGHT_PER_THREAD = 4;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "jsonl", paramLabel = "jsonl|csv",
            description = "output format (default: ${DEFAULT-VALUE})")
    HashFormat format;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: all cores)")
    Integer threads;

    @Option(names = "--dihedral", description = "add the eight dihedral PDQ hashes (rotations and flips)")
    boolean dihedral;

    @Option(names = "--max-pixels", defaultValue = "200000000", paramLabel = "P",
            description = "refuse images declaring more pixels than this (default: ${DEFAULT-VALUE})")
    long maxPixels;

    @Option(names = "--seconds-per-hash", defaultValue = "0", paramLabel = "S",
            description = "vPDQ: hash one video frame every S seconds; 0 hashes every frame (default: ${DEFAULT-VALUE})")
    double secondsPerHash;

    @Option(names = "--progress", negatable = true,
            description = "force the progress bar on or off (default: on when stderr is a terminal)")
    Boolean progress;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "image files or folders")
    List<Path> paths;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
            if (workers < 1) {
                spec.commandLine().getErr().println("custos hash: --threads must be at least 1, was " + workers);
                return 2;
            }
            HashOptions options = HashOptions.DEFAULTS.withMaxPixels(maxPixels).withDihedral(dihedral);
            VideoHasher videos = VideoHasher.create(VpdqOptions.EVERY_FRAME.withSecondsPerHash(secondsPerHash));
            return run(HashFiles.of(paths), new Hashers(options, videos), workers, out) ? 0 : 1;
        } catch (CustosException e) {
            spec.commandLine().getErr().println("custos hash: " + e.getMessage());
            return 2;
        }
    }

    /** The image hasher of each worker thread, and the one (thread-safe) video hasher. */
    record Hashers(ThreadLocal<ImageHasher> images, VideoHasher videos) {
        Hashers(HashOptions options, VideoHasher videos) {
            this(ThreadLocal.withInitial(() -> new ImageHasher(options)), videos);
        }
    }

    private boolean run(HashFiles found, Hashers hashers, int workers, PrintWriter out) {
        String header = format.header(dihedral);
        if (header != null) {
            out.println(header);
        }
        List<Map.Entry<String, Object>> work = merged(found);
        boolean showProgress = progress != null ? progress : HashProgress.stderrIsTerminal();
        boolean allHashed = true;
        try (ExecutorService pool = Executors.newFixedThreadPool(workers, Thread.ofPlatform().daemon().factory());
             HashProgress bar = new HashProgress(new PrintStream(System.err, true), work.size(), showProgress)) {
            Deque<CompletableFuture<HashRecord>> inFlight = new ArrayDeque<>();
            for (Map.Entry<String, Object> item : work) {
                inFlight.add(submit(item, pool, hashers, bar));
                if (inFlight.size() >= workers * IN_FLIGHT_PER_THREAD) {
                    allHashed &= write(inFlight.removeFirst().join(), out);
                }
            }
            while (!inFlight.isEmpty()) {
                allHashed &= write(inFlight.removeFirst().join(), out);
            }
        }
        out.flush();
        return allHashed;
    }

    /** Files to hash and paths already known to fail, in one path order. */
    private static List<Map.Entry<String, Object>> merged(HashFiles found) {
        var all = new java.util.TreeMap<String, Object>(found.files());
        all.putAll(found.errors());
        return new ArrayList<>(all.entrySet());
    }

    private static CompletableFuture<HashRecord> submit(Map.Entry<String, Object> item, ExecutorService pool,
            Hashers hashers, HashProgress bar) {
        if (item.getValue() instanceof String error) {
            bar.advance();
            return CompletableFuture.completedFuture(HashRecord.failed(item.getKey(), error));
        }
        Path file = (Path) item.getValue();
        return CompletableFuture.supplyAsync(() -> {
            try {
                return hashOne(item.getKey(), file, hashers);
            } finally {
                bar.advance();
            }
        }, pool);
    }

    static HashRecord hashOne(String path, Path file, Hashers hashers) {
        try {
            if (VideoSniffer.isVideo(file)) {
                return HashRecord.ofVideo(path, Files.size(file), hashers.videos().hash(file));
            }
            return HashRecord.of(path, hashers.images().get().hash(file));
        } catch (IOException e) {
            return HashRecord.failed(path, "cannot read the file: " + e.getMessage());
        } catch (ImageException e) {
            return HashRecord.failed(path, e.problem());
        } catch (CustosException e) {
            return HashRecord.failed(path, e.getMessage());
        } catch (OutOfMemoryError e) {
            return HashRecord.failed(path, "out of memory while decoding (raise -Xmx or lower --threads)");
        }
    }

    private boolean write(HashRecord record, PrintWriter out) {
        out.println(format.line(record, dihedral));
        return !record.failed();
    }
}
