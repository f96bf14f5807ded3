package org.custos.lists.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.custos.lists.Entry;
import org.custos.lists.EntryStatus;
import org.custos.lists.HashList;
import org.custos.lists.ListPurpose;
import org.custos.lists.Samples;
import org.custos.lists.SharingPolicy;
import org.custos.lists.format.ListFormat;
import org.custos.lists.imports.ByteSource;
import org.custos.lists.release.ReleaseRejectedException.Reason;
import org.custos.lists.terminology.Scheme;
import org.junit.jupiter.api.Test;

class ReleaseTest {
    static final HashList LIST = new HashList("bridges", "Example Hotline", "NL", "Bridge sample list",
            ListPurpose.KNOWN_CSAM, Scheme.US_INDUSTRY, SharingPolicy.VETTED_PROVIDERS);
    static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    private final PublisherKey key = PublisherKey.generate("Example Hotline");
    private final TrustStore trust = new TrustStore().trust(key.publicOnly());
    private final List<Entry> all = Samples.read(ListFormat.CSV, "bridge.csv", Scheme.US_INDUSTRY);

    /** A published release: body bytes and signature. */
    record Published(byte[] body, SignatureEnvelope signature) {
        ByteSource source() {
            return ByteSource.of(body);
        }
    }

    static Published publish(Snapshot from, Snapshot to, long version, PublisherKey key) {
        List<Change> changes = from.diff(to);
        ListRelease header = new ListRelease(LIST, version, from.digest(), to.digest(), NOW,
                count(changes, Change.Op.ADD), count(changes, Change.Op.CHANGE), count(changes, Change.Op.REMOVE));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String sha;
        try (ReleaseWriter w = new ReleaseWriter(out, header)) {
            changes.forEach(w::write);
            sha = w.finish();
        }
        return new Published(out.toByteArray(), ReleaseSigner.sign(header, sha, key));
    }

    static long count(List<Change> changes, Change.Op op) {
        return changes.stream().filter(c -> c.op() == op).count();
    }

    private Snapshot v1() {
        return Snapshot.of(all.subList(0, 8));
    }

    /** v2: four added, one withdrawn (the withdrawal travels as a change), one removed. */
    private Snapshot v2() {
        Snapshot s = Snapshot.of(all);
        Entry withdrawn = s.get("bridge-aaa-orig").toBuilder().status(EntryStatus.WITHDRAWN).build();
        List<Entry> next = new java.util.ArrayList<>(s.entries());
        next.removeIf(e -> e.id().equals("bridge-aaa-orig") || e.id().equals("bridge-blur-a-lot"));
        next.add(withdrawn);
        return Snapshot.of(next);
    }

    @Test
    void aSubscriberAppliesReleasesInOrderAndReachesThePublishersSnapshot() {
        Published r1 = publish(new Snapshot(), v1(), 1, key);
        Published r2 = publish(v1(), v2(), 2, key);
        Snapshot mine = new Snapshot();
        ReleaseVerifier verifier = new ReleaseVerifier(trust);
        SubscriberState state = mine.apply(verifier.verify(r1.source(), r1.signature(), SubscriberState.initial("bridges")));
        assertThat(state.version()).isEqualTo(1);
        VerifiedRelease second = verifier.verify(r2.source(), r2.signature(), state);
        assertThat(second.header().added()).isEqualTo(4);
        assertThat(second.header().changed()).isEqualTo(1);
        assertThat(second.header().removed()).isEqualTo(1);
        state = mine.apply(second);
        assertThat(state).isEqualTo(new SubscriberState("bridges", 2, v2().digest()));
        assertThat(mine.get("bridge-aaa-orig").status()).isEqualTo(EntryStatus.WITHDRAWN);
        assertThat(mine.get("bridge-blur-a-lot")).isNull();
    }

    @Test
    void everyRefusalNamesItsReasonAndChangesNothing() {
        Published r1 = publish(new Snapshot(), v1(), 1, key);
        Published r2 = publish(v1(), v2(), 2, key);
        SubscriberState zero = SubscriberState.initial("bridges");
        ReleaseVerifier verifier = new ReleaseVerifier(trust);
        assertRefused(() -> verifier.verify(r1.source(), null, zero), Reason.UNSIGNED);
        assertRefused(() -> verifier.verify(tamper(r1.body()), r1.signature(), zero), Reason.TAMPERED);
        PublisherKey stranger = PublisherKey.generate("Example Hotline");
        Published forged = publish(new Snapshot(), v1(), 1, stranger);
        assertRefused(() -> verifier.verify(forged.source(), forged.signature(), zero), Reason.UNKNOWN_KEY);
        assertRefused(() -> verifier.verify(r2.source(), r2.signature(), zero), Reason.OUT_OF_ORDER);
        Snapshot mine = new Snapshot();
        SubscriberState one = mine.apply(verifier.verify(r1.source(), r1.signature(), zero));
        assertRefused(() -> verifier.verify(r1.source(), r1.signature(), one), Reason.REPLAYED);
        SubscriberState elsewhere = new SubscriberState("bridges", 1, SnapshotDigest.EMPTY);
        assertRefused(() -> verifier.verify(r2.source(), r2.signature(), elsewhere), Reason.PARENT_MISMATCH);
        assertRefused(() -> verifier.verify(r1.source(), r1.signature(), SubscriberState.initial("other")), Reason.WRONG_LIST);
        assertThat(mine.digest()).isEqualTo(v1().digest());
    }

    @Test
    void aRevokedKeyVerifiesNothingAndARotatedKeyWorks() {
        PublisherKey next = PublisherKey.generate("Example Hotline");
        trust.trust(next.publicOnly()).revoke(key.keyId());
        Published old = publish(new Snapshot(), v1(), 1, key);
        Published rotated = publish(new Snapshot(), v1(), 1, next);
        ReleaseVerifier verifier = new ReleaseVerifier(TrustStore.parse(trust.format()));
        SubscriberState zero = SubscriberState.initial("bridges");
        assertRefused(() -> verifier.verify(old.source(), old.signature(), zero), Reason.REVOKED_KEY);
        assertThat(verifier.verify(rotated.source(), rotated.signature(), zero).header().version()).isEqualTo(1);
        assertThat(trust.keysOf("Example Hotline")).hasSize(2);
    }

    @Test
    void aReleaseWhoseResultDiffersFromItsAnnouncedSnapshotIsRolledBack() {
        Snapshot wrong = Snapshot.of(all.subList(0, 3));
        List<Change> changes = new Snapshot().diff(v1());
        ListRelease header = new ListRelease(LIST, 1, SnapshotDigest.EMPTY, wrong.digest(), NOW, changes.size(), 0, 0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String sha;
        try (ReleaseWriter w = new ReleaseWriter(out, header)) {
            changes.forEach(w::write);
            sha = w.finish();
        }
        VerifiedRelease r = new ReleaseVerifier(trust).verify(ByteSource.of(out.toByteArray()),
                ReleaseSigner.sign(header, sha, key), SubscriberState.initial("bridges"));
        Snapshot mine = new Snapshot();
        assertRefused(() -> mine.apply(r), Reason.SNAPSHOT_MISMATCH);
        assertThat(mine.size()).isZero();
    }

    @Test
    void aBodyNotInCanonicalFormIsRefusedEvenIfSigned() {
        Published r1 = publish(new Snapshot(), v1(), 1, key);
        String text = new String(r1.body(), StandardCharsets.UTF_8).replace("{\"op\":\"add\",", "{ \"op\":\"add\",");
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        assertRefused(() -> new ReleaseVerifier(trust).verify(ByteSource.of(body), r1.signature(),
                SubscriberState.initial("bridges")), Reason.MALFORMED);
    }

    @Test
    void theCanonicalFormIsStable() {
        Published a = publish(new Snapshot(), v1(), 1, key);
        Published b = publish(new Snapshot(), v1(), 1, key);
        assertThat(a.body()).isEqualTo(b.body());
        String first = new String(a.body(), StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
        assertThat(first).startsWith("{\"format\":\"custos-release/1\",\"list\":{\"id\":\"bridges\",\"owner\":\"Example Hotline\"")
                .contains("\"version\":1,\"parentDigest\":\"" + SnapshotDigest.EMPTY + "\"")
                .endsWith("\"added\":8,\"changed\":0,\"removed\":0}");
    }

    @Test
    void streamedDiffAndApplyAgreeWithTheInMemorySnapshot() {
        SortedSnapshots.DiffResult diff = SortedSnapshots.diff(v1().entries().iterator(), v2().entries().iterator(),
                c -> { });
        assertThat(diff).isEqualTo(new SortedSnapshots.DiffResult(v1().digest(), v2().digest(), 4, 1, 1));
        Published r2 = publish(v1(), v2(), 2, key);
        VerifiedRelease verified = new ReleaseVerifier(trust).verify(r2.source(), r2.signature(),
                new SubscriberState("bridges", 1, v1().digest()));
        List<Entry> out = new java.util.ArrayList<>();
        SubscriberState state = SortedSnapshots.apply(v1().entries().iterator(), verified, out::add);
        assertThat(out).containsExactlyElementsOf(v2().entries());
        assertThat(state.snapshotDigest()).isEqualTo(v2().digest());
        List<Entry> other = new java.util.ArrayList<>(v1().entries());
        other.remove(other.size() - 1);
        assertRefused(() -> SortedSnapshots.apply(other.iterator(), verified, e -> { }), Reason.PARENT_MISMATCH);
    }

    @Test
    void unorderedSnapshotsAreRefused() {
        List<Entry> reversed = new java.util.ArrayList<>(v1().entries()).reversed();
        assertThatThrownBy(() -> SortedSnapshots.diff(reversed.iterator(), v2().entries().iterator(), c -> { }))
                .hasMessageContaining("ascending id order");
    }

    private static ByteSource tamper(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        return ByteSource.of(text.replace("\"status\":\"ACTIVE\"", "\"status\":\"DISPUTED\"").getBytes(StandardCharsets.UTF_8));
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, Reason reason) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ReleaseRejectedException.class,
                e -> assertThat(e.reason()).as(e.getMessage()).isEqualTo(reason));
    }
}
