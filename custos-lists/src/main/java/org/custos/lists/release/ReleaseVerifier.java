package org.custos.lists.release;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.custos.CustosException;
import org.custos.lists.imports.ByteSource;
import org.custos.lists.release.ReleaseRejectedException.Reason;
import org.custos.lists.terminology.Crosswalk;

/**
 * Decides whether a subscriber may apply a release, before anything changes. In order: a signature must be
 * present; the body must read as a canonical release whose SHA-256, list and version are those signed; the key
 * must be trusted, not revoked and belong to the list's owner; the signature must verify; and the release must
 * be the next version on top of the subscriber's state, with the parent digest it holds. The first failure is a
 * {@link ReleaseRejectedException} naming it. Checks of authenticity come first, so a forged release learns
 * nothing about the subscriber's state.
 */
public final class ReleaseVerifier {
    private final TrustStore trust;
    private final Crosswalk crosswalk;

    public ReleaseVerifier(TrustStore trust) {
        this(trust, Crosswalk.standard());
    }

    public ReleaseVerifier(TrustStore trust, Crosswalk crosswalk) {
        this.trust = trust;
        this.crosswalk = crosswalk;
    }

    public VerifiedRelease verify(ByteSource body, SignatureEnvelope signature, SubscriberState state) {
        if (signature == null) throw new ReleaseRejectedException(Reason.UNSIGNED, "no signature");
        ListRelease header;
        String sha;
        try (InputStream in = body.open(); ReleaseReader reader = new ReleaseReader(in, "release", crosswalk)) {
            header = reader.header();
            sha = reader.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CustosException e) {
            throw new ReleaseRejectedException(Reason.MALFORMED, e.getMessage());
        }
        authentic(header, sha, signature);
        inOrder(header, state);
        return new VerifiedRelease(header, sha, body, crosswalk);
    }

    private void authentic(ListRelease header, String sha, SignatureEnvelope sig) {
        if (!sig.bodySha256().equals(sha) || !sig.listId().equals(header.list().id())
                || sig.version() != header.version()) {
            throw new ReleaseRejectedException(Reason.TAMPERED, "the body is not the one signed (signed "
                    + sig.listId() + " v" + sig.version() + " " + sig.bodySha256() + ", got " + header.list().id()
                    + " v" + header.version() + " " + sha + ")");
        }
        PublisherKey key = trust.key(sig.keyId());
        if (key == null || !key.publisher().equals(header.list().owner()) || !key.publisher().equals(sig.publisher())) {
            throw new ReleaseRejectedException(Reason.UNKNOWN_KEY, "key " + sig.keyId()
                    + " is not a trusted key of " + header.list().owner());
        }
        if (trust.revoked(sig.keyId())) {
            throw new ReleaseRejectedException(Reason.REVOKED_KEY, "key " + sig.keyId() + " is revoked");
        }
        if (!ReleaseSigner.valid(sig, key)) {
            throw new ReleaseRejectedException(Reason.TAMPERED, "the signature does not verify with key " + sig.keyId());
        }
    }

    private static void inOrder(ListRelease header, SubscriberState state) {
        if (!header.list().id().equals(state.listId())) {
            throw new ReleaseRejectedException(Reason.WRONG_LIST, "release of " + header.list().id()
                    + " offered for " + state.listId());
        }
        if (header.version() <= state.version()) {
            throw new ReleaseRejectedException(Reason.REPLAYED, "version " + header.version()
                    + " is not newer than the applied version " + state.version());
        }
        if (header.version() != state.version() + 1) {
            throw new ReleaseRejectedException(Reason.OUT_OF_ORDER, "version " + header.version()
                    + " cannot follow version " + state.version());
        }
        if (!header.parentDigest().equals(state.snapshotDigest())) {
            throw new ReleaseRejectedException(Reason.PARENT_MISMATCH, "version " + header.version()
                    + " builds on snapshot " + header.parentDigest() + ", the subscriber holds "
                    + state.snapshotDigest());
        }
    }
}
