package org.custos.lists.release;

import java.security.PublicKey;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.custos.InvalidValueException;

/**
 * The keys a subscriber trusts, several per publisher so keys can rotate, and the revoked ones. A revoked key
 * verifies nothing any more, old releases included: once a key may be in other hands, a signature by it proves
 * nothing about when it was made.
 *
 * <p>Text form, one statement per line: {@code trust TAB publisher TAB base64-X.509-public-key} and
 * {@code revoke TAB key-id}; {@code #} starts a comment.
 */
public final class TrustStore {
    private final Map<String, PublisherKey> keys = new HashMap<>();
    private final Set<String> revoked = new HashSet<>();

    public TrustStore trust(String publisher, PublicKey key) {
        PublisherKey k = new PublisherKey(publisher, PublisherKey.idOf(key), key, null);
        keys.put(k.keyId(), k);
        return this;
    }

    public TrustStore trust(PublisherKey key) {
        return trust(key.publisher(), key.publicKey());
    }

    public TrustStore revoke(String keyId) {
        revoked.add(keyId);
        return this;
    }

    /** The trusted key with this id, or {@code null}. */
    public PublisherKey key(String keyId) {
        return keys.get(keyId);
    }

    public boolean revoked(String keyId) {
        return revoked.contains(keyId);
    }

    public List<PublisherKey> keysOf(String publisher) {
        return keys.values().stream().filter(k -> k.publisher().equals(publisher)).toList();
    }

    public static TrustStore parse(String text) {
        TrustStore store = new TrustStore();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] f = line.split("\t");
            if (f[0].equals("trust") && f.length == 3) store.trust(f[1], PublisherKey.decodePublic(f[2]));
            else if (f[0].equals("revoke") && f.length == 2) store.revoke(f[1].strip());
            else throw new InvalidValueException("trust store line " + (i + 1) + " is neither 'trust<TAB>publisher"
                    + "<TAB>key' nor 'revoke<TAB>key-id': '" + line + "'");
        }
        return store;
    }

    public String format() {
        StringBuilder s = new StringBuilder();
        keys.values().stream().sorted(java.util.Comparator.comparing(PublisherKey::keyId)).forEach(k ->
                s.append("trust\t").append(k.publisher()).append('\t').append(k.publicBase64()).append('\n'));
        revoked.stream().sorted().forEach(id -> s.append("revoke\t").append(id).append('\n'));
        return s.toString();
    }
}
