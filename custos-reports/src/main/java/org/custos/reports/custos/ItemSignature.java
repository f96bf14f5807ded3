package org.custos.reports.custos;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.custos.reports.ReportException;
import org.custos.lists.release.PublisherKey;
import org.custos.lists.release.TrustStore;
import org.custos.reports.delivery.ContentSource;
import org.custos.reports.signing.Crypto;
import org.custos.reports.signing.InvalidSignatureException;

/**
 * The statement an item upload between Custos nodes is signed over: sender, recipient, the receiver's report id,
 * the item id and the SHA-256 of the exact bytes. The sender hashes the content in a first pass (the vault
 * decrypts twice rather than buffering it), the receiver hashes it as it seals it into its own vault, and the
 * signature binds the bytes to their report and addressee.
 */
public final class ItemSignature {
    public static final String HEADER = "Custos-Item-Signature";

    private ItemSignature() {
    }

    public static byte[] statement(String sender, String recipient, String receiverReportId, String itemId, String sha256) {
        return String.join("\n", "custos-item/1", sender, recipient, receiverReportId, itemId, sha256)
                .getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Checks an upload's {@code Custos-Item-Signature} header ({@code kid=…,sha256=…,sig=…}) on the receiving
     * side, against the SHA-256 the receiver computed of the bytes it got; returns normally only if all match.
     */
    public static void verify(String header, String sender, String recipient, String receiverReportId, String itemId,
                              String receivedSha256, TrustStore trust) {
        java.util.Map<String, String> f = new java.util.HashMap<>();
        for (String part : String.valueOf(header).split(",")) {
            int eq = part.indexOf('=');
            if (eq > 0) f.put(part.substring(0, eq).strip(), part.substring(eq + 1).strip());
        }
        PublisherKey key = f.get("kid") == null ? null : trust.key(f.get("kid"));
        if (key == null || trust.revoked(key.keyId()) || !key.publisher().equals(sender)) {
            throw new InvalidSignatureException("item " + itemId + " is not signed by a trusted key of " + sender);
        }
        if (!receivedSha256.equals(f.get("sha256"))) {
            throw new InvalidSignatureException("item " + itemId + " arrived with SHA-256 " + receivedSha256 + ", signed " + f.get("sha256"));
        }
        byte[] sig;
        try {
            sig = java.util.Base64.getDecoder().decode(String.valueOf(f.get("sig")));
        } catch (IllegalArgumentException e) {
            throw new InvalidSignatureException("item " + itemId + " signature is not base64");
        }
        if (!Crypto.verify(key.publicKey(), statement(sender, recipient, receiverReportId, itemId, receivedSha256), sig)) {
            throw new InvalidSignatureException("item " + itemId + " signature does not match");
        }
    }

    /** SHA-256 of the content, streamed. */
    public static String sha256(ContentSource content) {
        try (InputStream in = new DigestInputStream(content.open(), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new ReportException("cannot read content to sign: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
