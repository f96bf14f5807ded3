package org.custos.reports.signing;

import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * The {@code Custos-Signature} header: {@code t=<unix seconds>,alg=<hmac-sha256|ed25519>,kid=<key id>,sig=<base64>}.
 * The signature covers {@code t + "." + body}: the timestamp is bound to the exact body bytes, so neither can
 * be replayed with the other.
 */
public record SignatureHeader(long timestamp, String algorithm, String keyId, byte[] signature) {
    public static final String NAME = "Custos-Signature";
    public static final String HMAC = "hmac-sha256";
    public static final String ED25519 = "ed25519";

    public String format() {
        return "t=" + timestamp + ",alg=" + algorithm + ",kid=" + keyId + ",sig="
                + Base64.getEncoder().encodeToString(signature);
    }

    public static SignatureHeader parse(String header) {
        if (header == null || header.length() > 1024) throw new InvalidSignatureException("missing or oversized " + NAME + " header");
        Map<String, String> parts = new HashMap<>();
        for (String part : header.split(",")) {
            int eq = part.indexOf('=');
            if (eq < 1 || parts.put(part.substring(0, eq).strip(), part.substring(eq + 1).strip()) != null) {
                throw new InvalidSignatureException(NAME + " header is malformed at '" + part + "'");
            }
        }
        try {
            return new SignatureHeader(Long.parseLong(parts.get("t")), require(parts, "alg"), require(parts, "kid"),
                    Base64.getDecoder().decode(require(parts, "sig")));
        } catch (NumberFormatException e) {
            throw new InvalidSignatureException(NAME + " header has no numeric t");
        } catch (IllegalArgumentException e) {
            throw new InvalidSignatureException(NAME + " header's sig is not base64");
        }
    }

    static byte[] signedBytes(long timestamp, byte[] body) {
        byte[] prefix = (timestamp + ".").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] all = java.util.Arrays.copyOf(prefix, prefix.length + body.length);
        System.arraycopy(body, 0, all, prefix.length, body.length);
        return all;
    }

    private static String require(Map<String, String> parts, String name) {
        String v = parts.get(name);
        if (v == null || v.isEmpty()) throw new InvalidSignatureException(NAME + " header lacks " + name);
        return v;
    }
}
