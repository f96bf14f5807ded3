package org.custos.cli.lists;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.custos.lists.imports.ByteSource;
import org.custos.lists.release.ReleaseReader;
import org.custos.lists.release.ReleaseVerifier;
import org.custos.lists.release.SignatureEnvelope;
import java.io.OutputStream;
import java.nio.file.StandardCopyOption;
import org.custos.lists.format.EntryWriter;
import org.custos.lists.format.FormatOptions;
import org.custos.lists.format.ListFormat;
import org.custos.lists.release.SnapshotDigest;
import org.custos.lists.release.SortedSnapshots;
import org.custos.lists.terminology.Scheme;
import org.custos.lists.release.SubscriberState;
import org.custos.lists.release.TrustStore;
import org.custos.lists.release.VerifiedRelease;
import org.custos.lists.terminology.Crosswalk;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code custos lists verify}: checks a release as a subscriber would, and applies it to a snapshot. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Verify a signed release as a subscriber would, and apply it.",
            "Checks it against a trust store and, with --snapshot, the current snapshot (version --at); with --out,",
            "writes the resulting snapshot. Exit 1 when refused (unsigned, tampered, unknown or revoked key,",
            "replayed, out of order, wrong parent or result)."},
        footer = {"", "Trust store: lines 'trust<TAB>publisher<TAB>public key' and 'revoke<TAB>key id'.", "",
            "Examples:", "  custos lists verify --trust subscriber.trust r1.release --out v1.jsonl",
            "  custos lists verify --trust subscriber.trust --snapshot v1.jsonl --at 1 \\", "      r2.release --out v2.jsonl"})
final class VerifyCommand extends ListsSubcommand {
    @Option(names = "--trust", required = true, paramLabel = "FILE", description = "the subscriber's trusted keys")
    Path trust;

    @Option(names = "--signature", paramLabel = "FILE", description = "detached signature (default: RELEASE.sig)")
    Path signature;

    @Option(names = "--snapshot", paramLabel = "FILE", description = "the subscriber's current snapshot (default: empty)")
    Path snapshot;

    @Option(names = "--at", defaultValue = "0", paramLabel = "N",
            description = "version of --snapshot (default: ${DEFAULT-VALUE})")
    long at;

    @Option(names = "--out", paramLabel = "FILE", description = "write the snapshot after applying the release")
    Path out;

    @Parameters(index = "0", paramLabel = "RELEASE")
    Path release;

    @Override
    void run() throws IOException {
        Path sigFile = signature == null ? Path.of(release + ".sig") : signature;
        SignatureEnvelope sig = Files.exists(sigFile) ? SignatureEnvelope.parse(Files.readString(sigFile)) : null;
        Snapshots current = Snapshots.of(snapshot);
        String digest = current.withEntries(entries -> {
            SnapshotDigest d = new SnapshotDigest();
            entries.forEachRemaining(d::add);
            return d.digest();
        });
        VerifiedRelease verified = new ReleaseVerifier(TrustStore.parse(Files.readString(trust)))
                .verify(ByteSource.of(release), sig, new SubscriberState(listId(), at, digest));
        long[] count = {0};
        Path target = out == null ? null : Files.createTempFile(out.toAbsolutePath().getParent(), ".custos-", ".jsonl");
        SubscriberState next;
        try (OutputStream o = target == null ? OutputStream.nullOutputStream() : Files.newOutputStream(target);
             EntryWriter w = ListFormat.JSONL.writer(o, FormatOptions.of(String.valueOf(out), Scheme.UNCLASSIFIED))) {
            next = current.withEntries(entries -> SortedSnapshots.apply(entries, verified, e -> {
                w.write(e);
                count[0]++;
            }));
        } catch (RuntimeException e) {
            if (target != null) Files.deleteIfExists(target);
            throw e;
        }
        if (target != null) Files.move(target, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        out(String.format("{\"list\": \"%s\", \"version\": %d, \"entries\": %d, \"snapshot\": \"%s\", \"key\": \"%s\"}",
                next.listId(), next.version(), count[0], next.snapshotDigest(), sig.keyId()));
    }

    private String listId() throws IOException {
        try (var in = Files.newInputStream(release); var r = new ReleaseReader(in, release.toString(), Crosswalk.standard())) {
            return r.header().list().id();
        } catch (org.custos.CustosException e) {
            return "unknown";
        }
    }
}
