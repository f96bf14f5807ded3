package org.custos.cli;

import java.io.PrintWriter;
import java.util.List;
import org.custos.index.Match;

/** What scanning one file found: its matches, or the reason it could not be hashed. */
record ScanResult(String path, int quality, List<Match> matches, String error) {
    /** Prints the matches (or the error, on stderr); false if the file could not be hashed. */
    boolean print(MatchInput entries, PrintWriter out, PrintWriter err) {
        if (error != null) {
            err.println("custos scan: " + path + ": " + error);
            return false;
        }
        for (Match m : matches) {
            out.println("{\"path\": " + MatchJson.string(path) + ", \"entry\": " + entries.jsonId((int) m.entry().id())
                    + ", \"distance\": " + m.distance() + ", \"quality\": " + quality + "}");
        }
        return true;
    }
}
