package org.custos.server.audit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The hash that links audit records, as in a hash chain (Haber and Stornetta, 1991; RFC 6962 uses the same
 * idea for its log): {@code hash(n) = SHA-256(hash(n-1) ‖ fields(n))}, with 32 zero bytes before record 1.
 * Each field enters with its length (a 4-byte big-endian count, then UTF-8 bytes; -1 for null), so no two
 * different records share an encoding. The time enters as microseconds since the epoch, PostgreSQL's
 * precision, so a record read back hashes as it was written. Changing any field of record n changes
 * hash(n); removing or reordering records breaks the previous-hash link of the next one or the sequence.
 */
public final class AuditChain {
    public static final byte[] GENESIS = new byte[32];

    private AuditChain() {
    }

    public static byte[] hash(byte[] previousHash, long seq, Instant at, AuditEvent event) {
        MessageDigest sha = sha256();
        sha.update(previousHash);
        sha.update(ByteBuffer.allocate(16).putLong(seq).putLong(micros(at)).array());
        field(sha, event.organisationId() == null ? null : event.organisationId().toString());
        field(sha, event.actorKeyId());
        field(sha, event.action());
        field(sha, event.subject());
        field(sha, event.detail());
        return sha.digest();
    }

    public static Instant truncate(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    private static long micros(Instant at) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, at);
    }

    private static void field(MessageDigest sha, String value) {
        if (value == null) {
            sha.update(ByteBuffer.allocate(4).putInt(-1).array());
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        sha.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
        sha.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
