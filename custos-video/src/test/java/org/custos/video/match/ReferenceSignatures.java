package org.custos.video.match;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.custos.video.VpdqFrame;
import org.custos.video.VpdqText;

/** Meta's reference vPDQ files of the sample videos, read through {@link VpdqText}. */
final class ReferenceSignatures {
    private ReferenceSignatures() {
    }

    static List<VpdqFrame> frames(Path folder, String name) {
        try {
            return VpdqText.parse(Files.readString(folder.resolve(name + ".txt")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static VpdqSignature signature(Path folder, String name) {
        return VpdqSignature.of(frames(folder, name));
    }
}
