package org.custos.server;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
        Optional<Path> found = find(relative);
        if (found.isPresent()) {
            return found.get();
        }
        String reason = "skipped: shared data " + relative + " not found under " + ROOTS + " from "
                + Path.of("").toAbsolutePath();
        System.out.println(reason);
        assumeTrue(false, reason);
        throw new AssertionError("unreachable");
    }

    /** The shared file at {@code relative}, if present: for a test that must run either way. */
    static Optional<Path> find(String relative) {
        return ROOTS.stream().map(root -> Path.of(root).resolve(relative)).filter(Files::exists)
                .map(Path::normalize).findFirst();
    }

    /** The whole of a sample video, as a provider would upload it. */
    static byte[] video(String name) {
        try {
            return Files.readAllBytes(require("pdq-vectors/tmk/sample-videos/" + name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
