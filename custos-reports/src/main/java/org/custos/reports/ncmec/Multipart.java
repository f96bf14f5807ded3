package org.custos.reports.ncmec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import org.custos.reports.delivery.ContentSource;

/**
 * A multipart/form-data body (RFC 7578) with the form field {@code id} and the streamed {@code file}, computing
 * the MD5 of the file bytes as they go out so the receiver's {@code <hash>} can be checked against it.
 */
final class Multipart {
    private final String boundary = "custos-" + UUID.randomUUID();
    private volatile MessageDigest md5;

    String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    BodyPublisher body(String id, String fileName, ContentSource content) {
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"id\"\r\n\r\n" + id + "\r\n--"
                + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
        String tail = "\r\n--" + boundary + "--\r\n";
        return BodyPublishers.concat(BodyPublishers.ofString(head), BodyPublishers.ofInputStream(() -> open(content)),
                BodyPublishers.ofString(tail));
    }

    /** The MD5 of the file bytes sent, in lower-case hex. */
    String sentMd5() {
        return HexFormat.of().formatHex(md5.digest());
    }

    private InputStream open(ContentSource content) {
        try {
            md5 = MessageDigest.getInstance("MD5");
            return new DigestInputStream(content.open(), md5);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
