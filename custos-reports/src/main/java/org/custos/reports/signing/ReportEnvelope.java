package org.custos.reports.signing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Set;
import org.custos.lists.format.Json;
import org.custos.lists.release.PublisherKey;
import org.custos.lists.release.TrustStore;
import org.custos.reports.json.JsonObject;
import org.custos.reports.json.JsonTree;
import org.custos.reports.json.ReportJson;
import org.custos.reports.model.Report;
import tools.jackson.core.JsonGenerator;

/**
 * A report sent from one Custos to another (a provider to its national authority, an authority referring a
 * report onward): the report's JSON as base64 payload, signed with the sending organisation's Ed25519 key, the
 * same keys that sign its list releases. The signature covers a fixed statement of sender, recipient, key id,
 * time and the payload's SHA-256, so an envelope addressed to one authority cannot be replayed to another, and
 * the receiver checks that the report's reporting organisation is the signer.
 */
public record ReportEnvelope(String sender, String recipient, String keyId, Instant signedAt, byte[] payload,
                             byte[] signature) {
    public static final String FORMAT = "custos-report-envelope/1";

    public static ReportEnvelope seal(Report report, String recipient, PublisherKey key, Instant now) {
        byte[] payload = ReportJson.write(report);
        String sender = report.reporter().organisationId();
        if (!key.publisher().equals(sender)) {
            throw new InvalidSignatureException("key " + key.keyId() + " belongs to " + key.publisher() + ", not " + sender);
        }
        Instant at = Instant.ofEpochSecond(now.getEpochSecond());
        byte[] sig = Crypto.sign(key.privateKey(), statement(sender, recipient, key.keyId(), at, payload));
        return new ReportEnvelope(sender, recipient, key.keyId(), at, payload, sig);
    }

    /** Verifies the envelope for {@code me} and returns its report; {@code maxAge} bounds how old it may be. */
    public Report open(String me, TrustStore trust, Clock clock, Duration maxAge) {
        if (!recipient.equals(me)) throw new InvalidSignatureException("envelope is addressed to " + recipient + ", not " + me);
        PublisherKey key = trust.key(keyId);
        if (key == null || trust.revoked(keyId)) throw new InvalidSignatureException("unknown or revoked key " + keyId);
        if (!key.publisher().equals(sender)) throw new InvalidSignatureException("key " + keyId + " is not " + sender + "'s");
        if (!Crypto.verify(key.publicKey(), statement(sender, recipient, keyId, signedAt, payload), signature)) {
            throw new InvalidSignatureException("envelope signature does not match (sender " + sender + ")");
        }
        if (signedAt.isBefore(clock.instant().minus(maxAge)) || signedAt.isAfter(clock.instant().plusSeconds(300))) {
            throw new InvalidSignatureException("envelope signed at " + signedAt + " is outside the accepted window");
        }
        Report report = ReportJson.read(payload);
        if (!report.reporter().organisationId().equals(sender)) {
            throw new InvalidSignatureException("report names " + report.reporter().organisationId() + " but was signed by " + sender);
        }
        return report;
    }

    public byte[] toJson() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = Json.generator(out)) {
            g.writeStartObject().writeStringProperty("format", FORMAT).writeStringProperty("sender", sender)
                    .writeStringProperty("recipient", recipient).writeStringProperty("keyId", keyId)
                    .writeStringProperty("signedAt", signedAt.toString())
                    .writeStringProperty("payload", Base64.getEncoder().encodeToString(payload))
                    .writeStringProperty("signature", Base64.getEncoder().encodeToString(signature)).writeEndObject();
        }
        return out.toByteArray();
    }

    public static ReportEnvelope parse(byte[] json) {
        JsonObject o = JsonObject.of(JsonTree.read(new String(json, StandardCharsets.UTF_8)), "envelope")
                .only(Set.of("format", "sender", "recipient", "keyId", "signedAt", "payload", "signature"));
        if (!FORMAT.equals(o.string("format"))) throw new InvalidSignatureException("envelope.format is not " + FORMAT);
        try {
            return new ReportEnvelope(o.requiredString("sender"), o.requiredString("recipient"), o.requiredString("keyId"),
                    Instant.parse(o.requiredString("signedAt")), Base64.getDecoder().decode(o.requiredString("payload")),
                    Base64.getDecoder().decode(o.requiredString("signature")));
        } catch (IllegalArgumentException | java.time.format.DateTimeParseException e) {
            throw new InvalidSignatureException("envelope is malformed: " + e.getMessage());
        }
    }

    private static byte[] statement(String sender, String recipient, String keyId, Instant at, byte[] payload) {
        try {
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(payload));
            return String.join("\n", FORMAT, sender, recipient, keyId, at.toString(), sha).getBytes(StandardCharsets.UTF_8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
