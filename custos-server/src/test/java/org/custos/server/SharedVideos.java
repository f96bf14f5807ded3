package org.custos.server;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.custos.video.VpdqFrame;
import org.custos.video.VpdqJson;
import org.custos.video.VpdqText;

/**
 * The sample videos and their reference vPDQ hashes of {@code /work/shared/pdq-vectors}, found beside the
 * checkout; a test using them is skipped, saying so, where they are absent.
 */
final class SharedVideos {
    private static final List<String> ROOTS = List.of("../shared", "../../shared");

    private SharedVideos() {
    }

    static Path require(String relative) {
        for (String root : ROOTS) {
            Path candidate = Path.of(root).resolve(relative);
            if (Files.exists(candidate)) {
                return candidate.normalize();
            }
        }
        String reason = "skipped: shared data " + relative + " not found under " + ROOTS + " from "
                + Path.of("").toAbsolutePath();
        System.out.println(reason);
        assumeTrue(false, reason);
        throw new AssertionError("unreachable");
    }

    /** Every frame of the named sample's reference hashes. */
    static List<VpdqFrame> frames(String name) {
        try {
            return VpdqText.parse(Files.readString(require("pdq-vectors/vpdq/sample-hashes/" + name + ".txt")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first frame of each second, as a provider hashing at one frame a second would send it. */
    static List<VpdqFrame> onePerSecond(List<VpdqFrame> frames) {
        List<VpdqFrame> kept = new ArrayList<>();
        for (VpdqFrame frame : frames) {
            if (kept.isEmpty() || (long) frame.timestampSeconds() > (long) kept.getLast().timestampSeconds()) {
                kept.add(frame);
            }
        }
        return kept;
    }

    static String json(List<VpdqFrame> frames) {
        return VpdqJson.format(frames);
    }

    static byte[] head(String video, int bytes) {
        try (var in = Files.newInputStream(require("pdq-vectors/tmk/sample-videos/" + video))) {
            return in.readNBytes(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
