package org.custos.bench.lists;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.custos.lists.Entry;
import org.custos.lists.HashList;
import org.custos.lists.ListPurpose;
import org.custos.lists.SharingPolicy;
import org.custos.lists.format.FormatOptions;
import org.custos.lists.format.ListFormat;
import org.custos.lists.imports.ByteSource;
import org.custos.lists.imports.ListImporter;
import org.custos.lists.imports.ValidatedImport;
import org.custos.lists.release.Change;
import org.custos.lists.release.ListRelease;
import org.custos.lists.release.PublisherKey;
import org.custos.lists.release.ReleaseReader;
import org.custos.lists.release.ReleaseSigner;
import org.custos.lists.release.ReleaseVerifier;
import org.custos.lists.release.ReleaseWriter;
import org.custos.lists.release.SignatureEnvelope;
import org.custos.lists.release.SnapshotDigest;
import org.custos.lists.release.SubscriberState;
import org.custos.lists.release.TrustStore;
import org.custos.lists.release.VerifiedRelease;
import org.custos.lists.terminology.Crosswalk;
import org.custos.lists.terminology.Scheme;

/**
 * The "10 M entries" speed run, once, outside JMH: generates a CSV and a VICS file of {@code entries} synthetic
 * entries in a temporary folder, imports each whole (validation passes, then the pass that hands entries to a
 * store, here a counter), then writes, signs and verifies a release of {@code delta} added entries and streams
 * its changes into a snapshot digest. Prints wall time, entries per second and the peak heap of each phase.
 * Run with a capped heap to show the bound holds:
 * {@code java -Xmx256m -cp bench/target/benchmarks.jar org.custos.bench.lists.ListsSpeedRun 10000000 1000000};
 * a delta of 0 runs the imports alone; a third argument picks the imports ({@code csv}, {@code vics} or
 * {@code csv,vics}, the default), e.g. to profile one. "whole import" is validation plus hand-out, per CPU second.
 */
public final class ListsSpeedRun {
    private static final HashList LIST = new HashList("synthetic", "Bench Hotline", "NL", "Synthetic list",
            ListPurpose.KNOWN_CSAM, Scheme.US_INDUSTRY, SharingPolicy.VETTED_PROVIDERS);

    private ListsSpeedRun() {
    }

    public static void main(String[] args) throws Exception {
        int entries = args.length > 0 ? Integer.parseInt(args[0]) : 10_000_000;
        int delta = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        java.util.List<String> formats = java.util.List.of((args.length > 2 ? args[2] : "csv,vics").split(","));
        Path dir = Files.createTempDirectory("custos-lists-speed");
        System.out.printf("JDK %s, %d cores, max heap %d MiB%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        try {
            if (formats.contains("csv")) importRun(dir.resolve("list.csv"), ListFormat.CSV, Scheme.US_INDUSTRY, entries);
            if (formats.contains("vics")) {
                importRun(dir.resolve("list.json"), ListFormat.VICS, Scheme.PROJECT_VIC_US_V2, entries);
            }
            if (delta > 0) releaseRun(dir.resolve("delta.release"), delta);
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) Files.delete(p);
            }
            Files.delete(dir);
        }
    }

    private static void importRun(Path file, ListFormat format, Scheme scheme, int entries) throws Exception {
        try (OutputStream out = Files.newOutputStream(file)) {
            if (format == ListFormat.CSV) SyntheticLists.csv(out, entries, 42);
            else SyntheticLists.vics(out, entries, 42);
        }
        System.out.printf("%s: %,d entries, %,d MiB on disk%n", format.token(), entries, Files.size(file) >> 20);
        FormatOptions options = FormatOptions.of(file.toString(), scheme);
        ValidatedImport[] validated = new ValidatedImport[1];
        double validate = measure(format.token() + " validate", entries, () -> {
            validated[0] = new ListImporter().validate(ByteSource.of(file), format, options);
            return validated[0].summary().entries();
        });
        double handOut = measure(format.token() + " hand out", entries, () -> {
            long[] n = {0};
            validated[0].forEach(e -> n[0]++);
            return n[0];
        });
        System.out.printf("%-44s %,11d entries %36.2f s cpu %,10.0f /s%n", format.token() + " whole import", entries,
                validate + handOut, entries / (validate + handOut));
        Files.delete(file);
    }

    private static void releaseRun(Path file, int delta) throws Exception {
        PublisherKey key = PublisherKey.generate(LIST.owner());
        String snapshot = digestOfSynthetic(delta);
        ListRelease header = new ListRelease(LIST, 1, SnapshotDigest.EMPTY, snapshot, Instant.now(), delta, 0, 0);
        measure("release write", delta, () -> {
            try (OutputStream out = Files.newOutputStream(file); ReleaseWriter w = new ReleaseWriter(out, header)) {
                SplittableRandom random = new SplittableRandom(7);
                for (int i = 0; i < delta; i++) w.write(Change.add(entry(i, random)));
                w.finish();
            }
            return (long) delta;
        });
        System.out.printf("release body: %,d MiB%n", Files.size(file) >> 20);
        SignatureEnvelope[] signature = new SignatureEnvelope[1];
        measure("release sign (canonical check + Ed25519)", delta, () -> {
            try (InputStream in = Files.newInputStream(file);
                 ReleaseReader r = new ReleaseReader(in, file.toString(), Crosswalk.standard())) {
                signature[0] = ReleaseSigner.sign(r.header(), r.finish(), key);
            }
            return (long) delta;
        });
        VerifiedRelease[] verified = new VerifiedRelease[1];
        ReleaseVerifier verifier = new ReleaseVerifier(new TrustStore().trust(key.publicOnly()));
        measure("release verify", delta, () -> {
            verified[0] = verifier.verify(ByteSource.of(file), signature[0], SubscriberState.initial(LIST.id()));
            return (long) delta;
        });
        measure("release apply (stream into snapshot digest)", delta, () -> {
            SnapshotDigest d = new SnapshotDigest();
            verified[0].forEachChange(c -> d.add(c.entry()));
            verified[0].confirm(d.digest());
            return d.count();
        });
        Files.delete(file);
    }

    private static String digestOfSynthetic(int delta) {
        SnapshotDigest d = new SnapshotDigest();
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < delta; i++) d.add(entry(i, random));
        return d.digest();
    }

    private static Entry entry(int i, SplittableRandom random) {
        StringBuilder md5 = SyntheticLists.hex(new StringBuilder(32), random, 32);
        StringBuilder pdq = SyntheticLists.hex(new StringBuilder(64), random, 64);
        return Entry.builder(String.format("e%09d", i))
                .signal(org.custos.lists.SignalType.MD5, md5.toString())
                .signal(new org.custos.lists.Signal(org.custos.lists.SignalType.PDQ, pdq.toString(), 90))
                .classification(Crosswalk.standard().classify(Scheme.US_INDUSTRY, i % 2 == 0 ? "A1" : "B2"))
                .build();
    }

    /** Runs one phase and prints it; returns the CPU seconds of this thread. */
    private static double measure(String phase, long expected, Callable<Long> work) throws Exception {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) pool.resetPeakUsage();
        var threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long done = work.call();
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
        }
        if (done != expected) throw new IllegalStateException(phase + ": " + done + " of " + expected);
        System.out.printf("%-44s %,11d entries %7.2f s wall %,10.0f /s  %7.2f s cpu %,10.0f /s  peak heap %,4d MiB%n",
                phase, done, seconds, done / seconds, cpu, done / cpu, peak >> 20);
        return cpu;
    }
}
