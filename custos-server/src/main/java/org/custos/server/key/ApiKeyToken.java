package org.custos.server.key;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The token format {@code custos_<id>_<secret>}: a 12-hex-digit key id, which finds the row, and 256 random
 * bits in base64url. The row keeps only SHA-256 of the whole token: a random 256-bit secret needs no slow
 * password hash, since there is nothing to guess from, and lookups stay fast on every request.
 */
public final class ApiKeyToken {
    private static final Pattern FORMAT = Pattern.compile("custos_([0-9a-f]{12})_([A-Za-z0-9_-]{43})");
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeyToken() {
    }

    public static String newId() {
        byte[] id = new byte[6];
        RANDOM.nextBytes(id);
        return HexFormat.of().formatHex(id);
    }

    public static String newToken(String id) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return "custos_" + id + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** The key id inside a well-formed token. */
    public static Optional<String> idOf(String token) {
        Matcher m = FORMAT.matcher(token == null ? "" : token);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    public static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    public static boolean matches(String token, byte[] storedHash) {
        return MessageDigest.isEqual(hash(token), storedHash);
    }
}
