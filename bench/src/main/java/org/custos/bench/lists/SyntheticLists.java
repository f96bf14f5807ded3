package org.custos.bench.lists;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Synthetic lists for speed runs: random (benign, meaningless) digests and PDQ hashes, written straight to a
 * stream so a 10 M-entry file never sits in memory. The same seed gives the same file.
 */
final class SyntheticLists {
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final String[] US = {"A1", "A2", "B1", "B2"};

    private SyntheticLists() {
    }

    /** Custos CSV: id, md5, sha1, pdq, pdq_quality, classification (us-industry). */
    static void csv(OutputStream target, int entries, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        Writer out = writer(target);
        out.write("id,md5,sha1,pdq,pdq_quality,classification\n");
        StringBuilder line = new StringBuilder(256);
        for (int i = 0; i < entries; i++) {
            line.setLength(0);
            line.append("e").append(i).append(',');
            hex(line, random, 32).append(',');
            hex(line, random, 40).append(',');
            hex(line, random, 64).append(',').append(50 + random.nextInt(51)).append(',');
            line.append(US[random.nextInt(4)]).append('\n');
            out.append(line);
        }
        out.flush();
    }

    /** VICS 2.0, US profile: Media with Category, upper-case MD5 and SHA1, a PDQ among AlternativeHashes. */
    static void vics(OutputStream target, int entries, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        Writer out = writer(target);
        out.write("{\"@odata.context\":\"http://github.com/VICSDATAMODEL/ProjectVic/DataModels/2.0.xml/US/$metadata#Media\",\"value\":[\n");
        StringBuilder m = new StringBuilder(384);
        for (int i = 0; i < entries; i++) {
            m.setLength(0);
            m.append(i == 0 ? "" : ",\n").append("{\"MediaID\":").append(i + 1).append(",\"Category\":")
                    .append(random.nextInt(5)).append(",\"MD5\":\"");
            upper(m, random, 32).append("\",\"SHA1\":\"");
            upper(m, random, 40).append("\",\"MediaSize\":").append(random.nextInt(1 << 20))
                    .append(",\"VictimIdentified\":\"false\",\"AlternativeHashes\":[{\"HashName\":\"PDQ\",\"HashValue\":\"");
            hex(m, random, 64).append("\"}]}");
            out.append(m);
        }
        out.write("\n]}\n");
        out.flush();
    }

    /** Upper-case hex, as some VICS exports spell digests. */
    static StringBuilder upper(StringBuilder out, SplittableRandom random, int length) {
        int from = out.length();
        hex(out, random, length);
        for (int i = from; i < out.length(); i++) out.setCharAt(i, Character.toUpperCase(out.charAt(i)));
        return out;
    }

    static StringBuilder hex(StringBuilder out, SplittableRandom random, int length) {
        for (int i = 0; i < length; i += 16) {
            long bits = random.nextLong();
            for (int j = 0; j < 16 && i + j < length; j++) out.append(HEX[(int) (bits >>> (60 - 4 * j)) & 15]);
        }
        return out;
    }

    private static Writer writer(OutputStream target) {
        return new BufferedWriter(new OutputStreamWriter(target, StandardCharsets.UTF_8), 1 << 16);
    }
}
