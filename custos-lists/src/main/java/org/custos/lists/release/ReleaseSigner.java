package org.custos.lists.release;

import java.security.GeneralSecurityException;
import java.security.Signature;
import org.custos.Preconditions;

/** Signs a release body's digest with a publisher's private key. */
public final class ReleaseSigner {
    private ReleaseSigner() {
    }

    public static SignatureEnvelope sign(ListRelease header, String bodySha256, PublisherKey key) {
        Preconditions.check(key.privateKey() != null, "key %s has no private half", key.keyId());
        Preconditions.check(key.publisher().equals(header.list().owner()),
                "key of %s cannot sign a list owned by %s", key.publisher(), header.list().owner());
        SignatureEnvelope unsigned = new SignatureEnvelope(key.publisher(), key.keyId(), header.list().id(),
                header.version(), bodySha256, new byte[0]);
        try {
            Signature s = Signature.getInstance(PublisherKey.ALGORITHM);
            s.initSign(key.privateKey());
            s.update(unsigned.statement());
            return new SignatureEnvelope(key.publisher(), key.keyId(), header.list().id(), header.version(),
                    bodySha256, s.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean valid(SignatureEnvelope envelope, PublisherKey key) {
        try {
            Signature s = Signature.getInstance(PublisherKey.ALGORITHM);
            s.initVerify(key.publicKey());
            s.update(envelope.statement());
            return s.verify(envelope.signature());
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
