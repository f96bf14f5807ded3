package org.custos.reports.vault;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import org.custos.Preconditions;

/**
 * The evidence vault's cryptographic core: a random data key per case, wrapped by the master key and kept by a
 * {@link CaseKeyStore}; content sealed and opened as streams ({@link Segments}); every store, view, export,
 * hold and shredding logged to the case's chain of custody with actor and reason. Crypto-shredding deletes the
 * wrapped key, which leaves every ciphertext of the case unreadable wherever copies of it lie; it is refused
 * before the retention ends or while a legal hold is active. Where ciphertext is kept is the caller's choice.
 */
public final class EvidenceVault {
    private final MasterKey master;
    private final CaseKeyStore keys;
    private final CustodyLog custody;
    private final Clock clock;

    public EvidenceVault(MasterKey master, CaseKeyStore keys, CustodyLog custody, Clock clock) {
        this.master = master;
        this.keys = keys;
        this.custody = custody;
        this.clock = clock;
    }

    public void openCase(String caseId) {
        DataKey key = DataKey.generate();
        try {
            if (!keys.put(master.wrap(caseId, key))) throw new VaultException("case " + caseId + " already has a key");
        } finally {
            key.destroy();
        }
    }

    /** Seals {@code content} into {@code ciphertext}, logging STORED. */
    public SealedItem store(String caseId, String itemId, InputStream content, OutputStream ciphertext, String actor,
                            String reason) {
        DataKey key = dataKey(caseId);
        try {
            SealedItem sealed = Segments.seal(key, itemId, content, ciphertext);
            log(caseId, itemId, CustodyAction.STORED, actor, reason + " (sha256 " + sealed.sha256() + ")");
            return sealed;
        } finally {
            key.destroy();
        }
    }

    /** The plaintext of an item for a viewing or an export, logged first with actor and reason. */
    public InputStream read(String caseId, String itemId, InputStream ciphertext, CustodyAction purpose, String actor,
                            String reason) {
        Preconditions.check(purpose == CustodyAction.VIEWED || purpose == CustodyAction.EXPORTED,
                "evidence is read to be VIEWED or EXPORTED, not %s", purpose);
        DataKey key = dataKey(caseId);
        try {
            log(caseId, itemId, purpose, actor, reason);
            return Segments.open(key, itemId, ciphertext);
        } finally {
            key.destroy();
        }
    }

    public Retention placeHold(Retention retention, LegalHold hold, String actor) {
        Retention held = retention.withHold(hold);
        log(retention.caseId(), null, CustodyAction.HOLD_PLACED, actor, hold.holdId() + ": " + hold.reason());
        return held;
    }

    public Retention releaseHold(Retention retention, String holdId, String actor, String reason) {
        Retention released = retention.releasing(holdId, clock.instant());
        log(retention.caseId(), null, CustodyAction.HOLD_RELEASED, actor, holdId + ": " + reason);
        return released;
    }

    /** Destroys the case's wrapped key if its retention allows; its ciphertexts can never be opened again. */
    public void shred(Retention retention, String actor) {
        var now = clock.instant();
        if (retention.held(now)) throw new VaultException("case " + retention.caseId() + " is under a legal hold");
        if (!retention.shredDue(now)) {
            throw new VaultException("case " + retention.caseId() + " is retained until " + retention.expiresAt());
        }
        if (!keys.delete(retention.caseId())) throw new VaultException("case " + retention.caseId() + " has no key to shred");
        log(retention.caseId(), null, CustodyAction.SHREDDED, actor, "retention under " + retention.regime().id()
                + " ended " + retention.expiresAt());
    }

    private DataKey dataKey(String caseId) {
        WrappedKey wrapped = keys.get(caseId)
                .orElseThrow(() -> new VaultException("case " + caseId + " has no key: never opened, or shredded"));
        return master.unwrap(wrapped);
    }

    private void log(String caseId, String itemId, CustodyAction action, String actor, String reason) {
        custody.append(CustodyRecord.next(custody.last(caseId).orElse(null), caseId, itemId, action, actor, reason,
                clock.instant()));
    }
}
