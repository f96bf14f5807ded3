package org.custos.reports.vault;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import org.custos.Preconditions;
import org.custos.reports.model.Fields;

/**
 * One link of a case's chain of custody: who did what to which item, when and why, hash-chained to the previous
 * link (SHA-256 over a fixed text form), so a removed, altered or reordered record breaks the chain. The server
 * also appends each record to its audit chain.
 *
 * @param itemId {@code null} for case-wide actions (holds, shredding)
 */
public record CustodyRecord(String caseId, String itemId, CustodyAction action, String actor, String reason,
                            Instant at, String previousHash, String hash) {
    public static final String GENESIS = "0".repeat(64);

    public CustodyRecord {
        Preconditions.checkNotNull(caseId, "case id");
        Preconditions.checkNotNull(action, "custody action");
        actor = Fields.required(actor, Fields.SHORT, "custody actor");
        reason = Fields.required(reason, Fields.LONG, "custody reason");
        Preconditions.checkNotNull(at, "custody time");
        Preconditions.check(hash.equals(hashOf(caseId, itemId, action, actor, reason, at, previousHash)),
                "custody record of case %s at %s does not match its hash", caseId, at);
    }

    public static CustodyRecord next(CustodyRecord previous, String caseId, String itemId, CustodyAction action,
                                     String actor, String reason, Instant at) {
        String prev = previous == null ? GENESIS : previous.hash();
        return new CustodyRecord(caseId, itemId, action, actor, reason, at, prev,
                hashOf(caseId, itemId, action, actor, reason, at, prev));
    }

    static String hashOf(String caseId, String itemId, CustodyAction action, String actor, String reason, Instant at,
                         String previousHash) {
        String text = String.join("\u001f", "custody/1", caseId, String.valueOf(itemId), action.name(), actor, reason,
                at.toString(), previousHash);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
