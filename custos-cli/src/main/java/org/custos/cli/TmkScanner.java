package org.custos.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.custos.CustosException;
import org.custos.video.tmk.TmkFeatures;
import org.custos.video.tmk.TmkFile;
import org.custos.video.tmk.TmkScores;

/**
 * Scans one TMK+PDQF file ({@code .tmk}, told by its {@code TMK1} magic) against the list's {@code tmk_pdqf}
 * entries: a match needs both the level-1 score (cosine of the average PDQ features) and the level-2 (TMK) score
 * at or above Meta's default threshold of 0.7. Listed hashes are few, so each query compares with all of them.
 */
final class TmkScanner {
    private static final byte[] MAGIC = "TMK1".getBytes(StandardCharsets.US_ASCII);

    private final List<ScanList.ListedTmk> listed;

    TmkScanner(List<ScanList.ListedTmk> listed) {
        this.listed = listed;
    }

    static boolean isTmk(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(MAGIC.length), MAGIC);
        } catch (IOException e) {
            return false;
        }
    }

    ScanResult scan(String path, Path file) {
        try {
            TmkFeatures query = TmkFile.read(file);
            return ScanResult.matched(path, listed.stream()
                    .filter(l -> TmkScores.matches(query, l.features(), TmkScores.DEFAULT_THRESHOLD,
                            TmkScores.DEFAULT_THRESHOLD))
                    .map(l -> ScanResult.prefix(path, MatchJson.string(l.id())) + String.format(Locale.ROOT,
                            ", \"level1\": %.4f, \"level2\": %.4f}", TmkScores.level1(query, l.features()),
                            TmkScores.level2(query, l.features())))
                    .toList());
        } catch (CustosException e) {
            return ScanResult.failed(path, e.getMessage());
        }
    }
}
