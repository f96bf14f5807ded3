package org.custos.lists.release;

import java.util.LinkedHashMap;
import java.util.Map;
import org.custos.InvalidValueException;

/**
 * Text forms of keys: {@code custos-key/1} followed by {@code name: value} lines ({@code publisher},
 * {@code key-id}, {@code algorithm}, {@code public}, and in a private key file {@code private}, base64 of the
 * X.509 and PKCS#8 encodings).
 */
public final class KeyFiles {
    static final String MAGIC = "custos-key/1";

    private KeyFiles() {
    }

    public static String write(PublisherKey key, boolean withPrivate) {
        StringBuilder s = new StringBuilder(MAGIC).append('\n')
                .append("publisher: ").append(key.publisher()).append('\n')
                .append("key-id: ").append(key.keyId()).append('\n')
                .append("algorithm: ").append(PublisherKey.ALGORITHM).append('\n')
                .append("public: ").append(key.publicBase64()).append('\n');
        if (withPrivate) s.append("private: ").append(key.privateBase64()).append('\n');
        return s.toString();
    }

    public static PublisherKey read(String text) {
        Map<String, String> f = fields(text);
        var pub = PublisherKey.decodePublic(require(f, "public"));
        var priv = f.containsKey("private") ? PublisherKey.decodePrivate(f.get("private")) : null;
        return new PublisherKey(require(f, "publisher"), require(f, "key-id"), pub, priv);
    }

    private static Map<String, String> fields(String text) {
        String[] lines = text.split("\n");
        if (lines.length == 0 || !lines[0].strip().equals(MAGIC)) throw new InvalidValueException("not a " + MAGIC + " file");
        Map<String, String> f = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) f.put(lines[i].substring(0, colon).strip(), lines[i].substring(colon + 1).strip());
        }
        if (!PublisherKey.ALGORITHM.equals(f.getOrDefault("algorithm", PublisherKey.ALGORITHM))) {
            throw new InvalidValueException("unsupported key algorithm " + f.get("algorithm"));
        }
        return f;
    }

    private static String require(Map<String, String> f, String name) {
        String v = f.get(name);
        if (v == null) throw new InvalidValueException("key file lacks '" + name + "'");
        return v;
    }
}
