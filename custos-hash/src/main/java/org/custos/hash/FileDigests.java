package org.custos.hash;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.custos.Preconditions;

/** MD5, SHA-1 and SHA-256 of a file's bytes, as lower-case hex. */
public record FileDigests(String md5, String sha1, String sha256) {
    private static final HexFormat HEX = HexFormat.of();

    public FileDigests {
        md5 = checkHex(md5, 32, "md5");
        sha1 = checkHex(sha1, 40, "sha1");
        sha256 = checkHex(sha256, 64, "sha256");
    }

    /** Digests {@code length} bytes of {@code content} from index 0. */
    public static FileDigests of(byte[] content, int length) {
        return new FileDigests(digest("MD5", content, length), digest("SHA-1", content, length),
                digest("SHA-256", content, length));
    }

    public static FileDigests of(byte[] content) {
        return of(content, content.length);
    }

    /** Digests a stream to its end in one pass, for content too large to hold (videos). */
    public static FileDigests of(InputStream in) throws IOException {
        MessageDigest md5 = digest("MD5");
        MessageDigest sha1 = digest("SHA-1");
        MessageDigest sha256 = digest("SHA-256");
        byte[] buffer = new byte[1 << 16];
        for (int n; (n = in.read(buffer)) > 0; ) {
            md5.update(buffer, 0, n);
            sha1.update(buffer, 0, n);
            sha256.update(buffer, 0, n);
        }
        return new FileDigests(HEX.formatHex(md5.digest()), HEX.formatHex(sha1.digest()),
                HEX.formatHex(sha256.digest()));
    }

    static String digest(String algorithm, byte[] content, int length) {
        MessageDigest md = digest(algorithm);
        md.update(content, 0, length);
        return HEX.formatHex(md.digest());
    }

    private static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides " + algorithm, e);
        }
    }

    private static String checkHex(String value, int length, String name) {
        Preconditions.checkNotNull(value, name);
        Preconditions.check(value.length() == length && value.chars().allMatch(HexFormat::isHexDigit),
                "%s must be %d hex characters, was '%s'", name, length, value);
        return value.toLowerCase(java.util.Locale.ROOT);
    }
}
