package org.custos.cli;

import java.io.PrintWriter;
import java.util.List;

/** What scanning one file found: its matches, each already one JSON line, or the reason it could not be hashed. */
record ScanResult(String path, List<String> matches, String error) {
    static ScanResult matched(String path, List<String> matches) {
        return new ScanResult(path, matches, null);
    }

    static ScanResult failed(String path, String error) {
        return new ScanResult(path, List.of(), error);
    }

    /** Prints the matches (or the error, on stderr); false if the file could not be hashed. */
    boolean print(PrintWriter out, PrintWriter err) {
        if (error != null) {
            err.println("custos scan: " + path + ": " + error);
            return false;
        }
        matches.forEach(out::println);
        return true;
    }

    /** The start of every match line: {@code {"path": P, "entry": ID}. */
    static String prefix(String path, String jsonEntryId) {
        return "{\"path\": " + MatchJson.string(path) + ", \"entry\": " + jsonEntryId;
    }
}
