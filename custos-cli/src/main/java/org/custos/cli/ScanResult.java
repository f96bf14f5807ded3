package org.custos.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.custos.index.Match;
import org.custos.video.match.VideoMatch;

/** What scanning one file found: an image's or a video's matches, or the reason it could not be hashed. */
record ScanResult(String path, int quality, List<Match> matches, List<VideoMatch<String>> videoMatches,
        String error) {
    static ScanResult image(String path, int quality, List<Match> matches) {
        return new ScanResult(path, quality, matches, List.of(), null);
    }

    static ScanResult video(String path, List<VideoMatch<String>> matches) {
        return new ScanResult(path, 0, List.of(), matches, null);
    }

    static ScanResult failed(String path, String error) {
        return new ScanResult(path, 0, List.of(), List.of(), error);
    }

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
        for (VideoMatch<String> v : videoMatches) {
            out.println("{\"path\": " + MatchJson.string(path) + ", \"entry\": " + MatchJson.string(v.video())
                    + ", \"query_percent\": " + percent(v.percentages().queryPercent())
                    + ", \"listed_percent\": " + percent(v.percentages().listedPercent()) + "}");
        }
        return true;
    }

    private static String percent(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
