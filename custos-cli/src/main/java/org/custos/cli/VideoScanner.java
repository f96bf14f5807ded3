package org.custos.cli;

import java.nio.file.Path;
import org.custos.CustosException;
import org.custos.video.VideoHasher;
import org.custos.video.VpdqOptions;
import org.custos.video.match.VideoIndex;
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
            return ScanResult.video(path, query.isEmpty() ? java.util.List.of() : videos.query(query, policy));
        } catch (CustosException e) {
            return ScanResult.failed(path, e.getMessage());
        }
    }
}
