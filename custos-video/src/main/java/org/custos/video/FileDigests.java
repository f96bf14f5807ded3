package org.custos.video;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.custos.Preconditions;

/** The cryptographic digests of a video file's bytes (lower-case hex), as lists carry them for exact matches. */
public record FileDigests(String md5, String sha1, String sha256) {
    public FileDigests {
        Preconditions.check(md5 != null && md5.length() == 32, "md5 must be 32 hex characters, was %s", md5);
        Preconditions.check(sha1 != null && sha1.length() == 40, "sha1 must be 40 hex characters, was %s", sha1);
        Preconditions.check(sha256 != null && sha256.length() == 64,
                "sha256 must be 64 hex characters, was %s", sha256);
    }

    /** Reads the file once, feeding the three digests. */
    public static FileDigests of(Path file) {
        MessageDigest md5 = digest("MD5");
        MessageDigest sha1 = digest("SHA-1");
        MessageDigest sha256 = digest("SHA-256");
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                md5.update(buffer, 0, n);
                sha1.update(buffer, 0, n);
                sha256.update(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new VideoException.Unreadable(file, "cannot read the file: " + e.getMessage());
        }
        HexFormat hex = HexFormat.of();
        return new FileDigests(hex.formatHex(md5.digest()), hex.formatHex(sha1.digest()),
                hex.formatHex(sha256.digest()));
    }

    private static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has " + algorithm, e);
        }
    }
}
