package org.custos.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.custos.CustosException;
import org.custos.video.VideoHasher;
import org.custos.video.VpdqOptions;
import org.custos.video.match.VideoIndex;
import org.custos.video.match.VideoMatch;
import org.custos.video.match.VpdqMatchPolicy;
import org.custos.video.match.VpdqSignature;

/** Scans one video: hashed at one frame a second, matched against the listed videos under the policy. */
final class VideoScanner {
    private final VideoIndex<String> videos;
    private final VpdqMatchPolicy policy;
    private final VideoHasher hasher = VideoHasher.create(VpdqOptions.ONE_PER_SECOND);

    VideoScanner(VideoIndex<String> videos, VpdqMatchPolicy policy) {
        this.videos = videos;
        this.policy = policy;
    }

    ScanResult scan(String path, Path file) {
        try {
            VpdqSignature query = VpdqSignature.of(hasher.hash(file).frames());
            List<VideoMatch<String>> matches = query.isEmpty() ? List.of() : videos.query(query, policy);
            return ScanResult.matched(path, matches.stream().map(m -> line(path, m)).toList());
        } catch (CustosException e) {
            return ScanResult.failed(path, e.getMessage());
        }
    }

    private static String line(String path, VideoMatch<String> m) {
        return ScanResult.prefix(path, MatchJson.string(m.video()))
                + String.format(Locale.ROOT, ", \"query_percent\": %.2f, \"listed_percent\": %.2f}",
                        m.percentages().queryPercent(), m.percentages().listedPercent());
    }
}
