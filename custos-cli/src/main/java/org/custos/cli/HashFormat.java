package org.custos.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.custos.hash.Dihedral;
import org.custos.hash.DihedralHashes;
import org.custos.hash.FileDigests;
import org.custos.hash.ImageHash;

/**
 * The output formats of {@code custos hash}. JSON Lines: one object per file with path, size, md5, sha1, sha256,
 * pdq, quality (and dihedral: an object keyed by the variant's lower-case name), or for a video path, size, the
 * digests and vpdq (an array of the reference's frame lines {@code frameNumber,quality,pdqHex,timestampSeconds}),
 * or path and error. CSV: a header, then one row per file; the dihedral column holds the eight hashes separated by
 * spaces, in the order original, rotate90, rotate180, rotate270, flipx, flipy, flipplus1, flipminus1; the vpdq
 * column holds a video's frame lines separated by spaces.
 */
enum HashFormat {
    JSONL,
    CSV;

    String header(boolean dihedral) {
        return this == CSV ? "path,size,md5,sha1,sha256,pdq,quality" + (dihedral ? ",dihedral" : "") + ",vpdq,error" : null;
    }

    String line(HashRecord record, boolean dihedral) {
        return this == CSV ? csv(record, dihedral) : json(record);
    }

    private static String json(HashRecord r) {
        StringBuilder out = new StringBuilder("{\"path\":").append(quote(r.path()));
        r.hash().ifPresent(h -> {
            out.append(",\"size\":").append(h.size());
            appendDigests(out, h.digests());
            out.append(",\"pdq\":\"").append(h.pdq().hash().toHex())
                    .append("\",\"quality\":").append(h.pdq().quality());
            h.dihedral().ifPresent(d -> out.append(",\"dihedral\":{").append(jsonDihedral(d)).append('}'));
        });
        r.video().ifPresent(v -> {
            out.append(",\"size\":").append(v.size());
            appendDigests(out, v.hashes().digests());
            out.append(",\"vpdq\":[").append(v.hashes().frames().stream().map(f -> quote(f.toLine()))
                    .collect(Collectors.joining(","))).append(']');
        });
        r.error().ifPresent(e -> out.append(",\"error\":").append(quote(e)));
        return out.append('}').toString();
    }

    private static void appendDigests(StringBuilder out, FileDigests d) {
        out.append(",\"md5\":\"").append(d.md5()).append("\",\"sha1\":\"").append(d.sha1())
                .append("\",\"sha256\":\"").append(d.sha256()).append('"');
    }

    private static String jsonDihedral(DihedralHashes d) {
        List<String> parts = new ArrayList<>();
        for (Dihedral v : Dihedral.values()) {
            parts.add("\"" + v.name().toLowerCase(Locale.ROOT) + "\":\"" + d.get(v).toHex() + "\"");
        }
        return String.join(",", parts);
    }

    private static String csv(HashRecord r, boolean dihedral) {
        List<String> cells = new ArrayList<>();
        cells.add(csvCell(r.path()));
        ImageHash h = r.hash().orElse(null);
        HashRecord.HashedVideo v = r.video().orElse(null);
        if (v != null) {
            FileDigests d = v.hashes().digests();
            cells.addAll(List.of(Long.toString(v.size()), d.md5(), d.sha1(), d.sha256(), "", ""));
        } else if (h == null) {
            cells.addAll(List.of("", "", "", "", "", ""));
        } else {
            cells.addAll(List.of(Long.toString(h.size()), h.digests().md5(), h.digests().sha1(),
                    h.digests().sha256(), h.pdq().hash().toHex(), Integer.toString(h.pdq().quality())));
        }
        if (dihedral) {
            cells.add(h == null ? "" : h.dihedral().map(HashFormat::csvDihedral).orElse(""));
        }
        cells.add(v == null ? "" : csvCell(v.hashes().frames().stream().map(f -> f.toLine())
                .collect(Collectors.joining(" "))));
        cells.add(csvCell(r.error().orElse("")));
        return String.join(",", cells);
    }

    private static String csvDihedral(DihedralHashes d) {
        return java.util.Arrays.stream(Dihedral.values()).map(v -> d.get(v).toHex()).collect(Collectors.joining(" "));
    }

    static String csvCell(String s) {
        boolean plain = s.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r');
        return plain ? s : "\"" + s.replace("\"", "\"\"") + "\"";
    }

    /** JSON string literal, shared with the match commands' output. */
    static String quote(String s) {
        return MatchJson.string(s);
    }
}
