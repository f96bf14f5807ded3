package org.custos.lists.release;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import org.custos.lists.imports.ByteSource;
import org.custos.lists.release.ReleaseRejectedException.Reason;
import org.custos.lists.terminology.Crosswalk;

/**
 * A release whose signature, key, list and order were checked against a subscriber's state. The store applies
 * {@link #forEachChange} inside one transaction, computes the resulting snapshot digest, calls
 * {@link #confirm} and commits only if it returns: any exception means roll back, and the state stays as it was.
 */
public final class VerifiedRelease {
    private final ListRelease header;
    private final String bodySha256;
    private final ByteSource body;
    private final Crosswalk crosswalk;

    VerifiedRelease(ListRelease header, String bodySha256, ByteSource body, Crosswalk crosswalk) {
        this.header = header;
        this.bodySha256 = bodySha256;
        this.body = body;
        this.crosswalk = crosswalk;
    }

    public ListRelease header() {
        return header;
    }

    public String bodySha256() {
        return bodySha256;
    }

    /** Streams the changes in id order; throws {@code TAMPERED} at the end if the body changed since verification. */
    public void forEachChange(Consumer<Change> sink) {
        try (InputStream in = body.open(); ReleaseReader reader = new ReleaseReader(in, header.list().id(), crosswalk)) {
            for (Change c = reader.next(); c != null; c = reader.next()) sink.accept(c);
            if (!reader.finish().equals(bodySha256)) {
                throw new ReleaseRejectedException(Reason.TAMPERED, "the body changed after verification");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Checks the digest the store computed after applying; returns the state to record on commit. */
    public SubscriberState confirm(String resultingSnapshotDigest) {
        if (!header.snapshotDigest().equals(resultingSnapshotDigest)) {
            throw new ReleaseRejectedException(Reason.SNAPSHOT_MISMATCH, "version " + header.version()
                    + " announces snapshot " + header.snapshotDigest() + ", applying it gave "
                    + resultingSnapshotDigest);
        }
        return new SubscriberState(header.list().id(), header.version(), resultingSnapshotDigest);
    }
}
