package org.custos.lists.release;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.custos.InvalidValueException;
import org.custos.lists.format.CanonicalJson;
import org.custos.lists.format.Json;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;

/**
 * A detached signature of a release body. The Ed25519 signature covers the statement
 * {@code "custos-release-signature/1\n" publisher "\n" keyId "\n" listId "\n" version "\n" bodySha256 "\n"}
 * (UTF-8), so a 1 M-entry body is hashed once in a stream instead of being held for Ed25519's two passes.
 */
public record SignatureEnvelope(String publisher, String keyId, String listId, long version, String bodySha256,
        byte[] signature) {
    static final String FORMAT = "custos-signature/1";

    byte[] statement() {
        return ("custos-release-signature/1\n" + publisher + "\n" + keyId + "\n" + listId + "\n" + version + "\n"
                + bodySha256 + "\n").getBytes(StandardCharsets.UTF_8);
    }

    public String toJson() {
        StringBuilder s = new StringBuilder();
        new CanonicalJson(s).begin().member("format", FORMAT).member("algorithm", PublisherKey.ALGORITHM)
                .member("publisher", publisher).member("keyId", keyId).member("list", listId)
                .member("version", version).member("bodySha256", bodySha256)
                .member("signature", Base64.getEncoder().encodeToString(signature)).end();
        return s.append('\n').toString();
    }

    public static SignatureEnvelope parse(String json) {
        Map<String, String> m = new HashMap<>();
        try (JsonParser p = Json.parser(json)) {
            p.nextToken();
            for (String name = p.nextName(); name != null; name = p.nextName()) {
                p.nextToken();
                m.put(name, p.getString());
            }
        } catch (JacksonException e) {
            throw new InvalidValueException("not a signature file: " + e.getMessage());
        }
        if (!FORMAT.equals(m.get("format")) || !PublisherKey.ALGORITHM.equals(m.get("algorithm"))) {
            throw new InvalidValueException("not a " + FORMAT + " Ed25519 signature");
        }
        try {
            return new SignatureEnvelope(m.get("publisher"), m.get("keyId"), m.get("list"),
                    Long.parseLong(m.get("version")), m.get("bodySha256"),
                    Base64.getDecoder().decode(m.get("signature")));
        } catch (RuntimeException e) {
            throw new InvalidValueException("incomplete signature file: " + e.getMessage());
        }
    }
}
