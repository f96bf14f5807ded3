package org.custos.lists.release;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.custos.Preconditions;
import org.custos.lists.Entry;
import org.custos.lists.Hex;
import org.custos.lists.format.EntryJson;

/**
 * The digest of a full snapshot: SHA-256 over {@code "custos-snapshot/1\n"} followed by each entry's canonical
 * JSON ({@link EntryJson}) and a newline, entries in ascending id order (UTF-16 code unit order, as
 * {@link String#compareTo}). Order is enforced, so two holders of the same entries always agree, and a store can
 * compute it in one streaming pass over an id-ordered scan.
 */
public final class SnapshotDigest {
    private static final byte[] MAGIC = "custos-snapshot/1\n".getBytes(StandardCharsets.UTF_8);
    public static final String EMPTY = new SnapshotDigest().digest();
    private final MessageDigest sha256;
    private final StringBuilder line = new StringBuilder(512);
    private String last;
    private long count;

    public SnapshotDigest() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        sha256.update(MAGIC);
    }

    public SnapshotDigest add(Entry e) {
        Preconditions.check(last == null || last.compareTo(e.id()) < 0,
                "snapshot entries must come in ascending id order: '%s' after '%s'", e.id(), last);
        last = e.id();
        count++;
        line.setLength(0);
        EntryJson.write(e, line);
        line.append('\n');
        sha256.update(line.toString().getBytes(StandardCharsets.UTF_8));
        return this;
    }

    public long count() {
        return count;
    }

    public String digest() {
        return Hex.of(sha256.digest());
    }

    public static String of(Iterable<Entry> sortedEntries) {
        SnapshotDigest d = new SnapshotDigest();
        sortedEntries.forEach(d::add);
        return d.digest();
    }

    static void check(String digest, String name) {
        Preconditions.check(digest != null && digest.matches("[0-9a-f]{64}"),
                "%s must be 64 lower-case hex characters, was '%s'", name, digest);
    }
}
