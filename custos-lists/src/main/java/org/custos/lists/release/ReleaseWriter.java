package org.custos.lists.release;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.custos.Preconditions;
import org.custos.lists.HashList;
import org.custos.lists.Hex;
import org.custos.lists.format.CanonicalJson;
import org.custos.lists.format.EntryJson;

/**
 * Writes a release body in its canonical byte form, which is what the publisher signs:
 *
 * <pre>
 * line 1   {"format":"custos-release/1","list":{"id","owner","jurisdiction","name","purpose","scheme","sharing"},
 *           "version":n,"parentDigest":hex,"snapshotDigest":hex,"published":instant,"added":a,"changed":c,"removed":r}
 * line 2.. {"op":"add"|"change","id":id,"entry":{canonical entry}}  or  {"op":"remove","id":id}
 * </pre>
 *
 * UTF-8, each line ended by one {@code \n}, members in exactly this order, {@link CanonicalJson} spelling,
 * changes in strictly ascending id order, as many of each kind as the header says. A reader re-spells every line
 * and refuses a body that is not byte-for-byte canonical, so one signed body has one meaning.
 */
public final class ReleaseWriter implements AutoCloseable {
    static final String FORMAT = "custos-release/1";
    private final DigestOutputStream out;
    private final ListRelease header;
    private final StringBuilder line = new StringBuilder(1024);
    private final long[] counts = new long[3];
    private String last;

    public ReleaseWriter(OutputStream out, ListRelease header) {
        try {
            this.out = new DigestOutputStream(new java.io.BufferedOutputStream(out, 1 << 16),
                    MessageDigest.getInstance("SHA-256"));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        this.header = header;
        line.setLength(0);
        header(header, line);
        emit();
    }

    static void header(ListRelease r, StringBuilder out) {
        HashList l = r.list();
        CanonicalJson j = new CanonicalJson(out).begin().member("format", FORMAT);
        j.name("list").begin().member("id", l.id()).member("owner", l.owner()).member("jurisdiction", l.jurisdiction())
                .member("name", l.name()).member("purpose", l.purpose().name()).member("scheme", l.scheme().token())
                .member("sharing", l.sharing().name()).end();
        j.member("version", r.version()).member("parentDigest", r.parentDigest())
                .member("snapshotDigest", r.snapshotDigest()).member("published", r.published().toString())
                .member("added", r.added()).member("changed", r.changed()).member("removed", r.removed()).end();
        out.append('\n');
    }

    static void change(Change c, StringBuilder out) {
        CanonicalJson j = new CanonicalJson(out).begin().member("op", c.op().name().toLowerCase(java.util.Locale.ROOT))
                .member("id", c.id());
        if (c.entry() != null) {
            j.name("entry");
            EntryJson.write(c.entry(), out);
        }
        out.append("}\n");
    }

    public void write(Change c) {
        Preconditions.check(last == null || last.compareTo(c.id()) < 0,
                "release changes must come in ascending id order: '%s' after '%s'", c.id(), last);
        last = c.id();
        counts[c.op().ordinal()]++;
        line.setLength(0);
        change(c, line);
        emit();
    }

    private void emit() {
        try {
            out.write(line.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Flushes, checks the counts against the header and returns the SHA-256 of the body bytes. */
    public String finish() {
        Preconditions.check(counts[0] == header.added() && counts[1] == header.changed()
                        && counts[2] == header.removed(),
                "the header announces %d/%d/%d added/changed/removed, %d/%d/%d were written", header.added(),
                header.changed(), header.removed(), counts[0], counts[1], counts[2]);
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Hex.of(out.getMessageDigest().digest());
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
