package org.custos.video.tmk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.custos.InvalidValueException;
import org.custos.video.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Level-1 and level-2 scores of the reference hashes against each other, as Meta's TMK README prints them. */
class TmkScoresTest {
    private static final Map<String, TmkFeatures> HASHES = new LinkedHashMap<>();

    @BeforeAll
    static void load() throws IOException {
        for (Path file : TmkFileTest.referenceFiles()) {
            HASHES.put(file.getFileName().toString().replace(".tmk", ""), TmkFile.read(file));
        }
    }

    /** Lines of {@code tmk-two-level-score --c1 -1.0 --c2 0.0 *.tmk} in tmk/README.md. */
    @ParameterizedTest
    @CsvSource({
        "-0.310042, 0.017566, doorknob-hd-no-bar, pattern-sd-with-large-logo-bar",
        "-0.088088, 0.033167, chair-19-sd-bar, pattern-sd-with-large-logo-bar",
        "-0.077388, 0.026434, chair-22-with-small-logo-bar, pattern-sd-with-small-logo-bar",
        "0.919339, 0.921573, chair-20-sd-bar, chair-22-with-small-logo-bar",
        "0.952329, 0.961902, chair-19-sd-bar, chair-orig-22-sd-bar",
        "0.981078, 0.954990, pattern-hd-no-bar, pattern-longer-no-bar",
        "0.989083, 0.991138, chair-19-sd-bar, chair-20-sd-bar",
        "0.999750, 0.999720, chair-22-sd-sepia-bar, chair-orig-22-sd-bar",
        "0.999883, 0.999877, chair-orig-22-fhd-no-bar, chair-orig-22-hd-no-bar",
        "0.999963, 0.999964, chair-22-sd-grey-bar, chair-orig-22-sd-bar",
        "0.719880, 0.737563, chair-orig-22-hd-no-bar, chair-orig-22-sd-bar",
        "0.732827, 0.742627, chair-orig-22-hd-no-bar, chair-20-sd-bar",
    })
    void scoresAreThoseOfMetasReadme(double level1, double level2, String a, String b) {
        assertThat(TmkScores.level1(HASHES.get(a), HASHES.get(b))).isCloseTo(level1, within(1e-6));
        assertThat(TmkScores.level2(HASHES.get(a), HASHES.get(b))).isCloseTo(level2, within(1e-6));
        assertThat(TmkScores.level2(HASHES.get(b), HASHES.get(a))).isCloseTo(level2, within(1e-6));
    }

    @Test
    void aHashScoresOneAgainstItself() {
        TmkFeatures chair = HASHES.get("chair-orig-22-hd-no-bar");
        assertThat(TmkScores.level1(chair, chair)).isCloseTo(1, within(1e-6));
        assertThat(TmkScores.level2(chair, chair)).isCloseTo(1, within(1e-6));
    }

    /** {@code tmk-clusterize --c1 0.7 --c2 0.7} and {@code --c1 0.95 --c2 0.95} in tmk/README.md. */
    @Test
    void clustersAtBothThresholdsAreThoseOfMetasReadme() {
        assertThat(clusters(0.7)).containsExactlyInAnyOrder(
                "chair-19-sd-bar chair-20-sd-bar chair-22-sd-grey-bar chair-22-sd-sepia-bar "
                        + "chair-22-with-small-logo-bar chair-orig-22-fhd-no-bar chair-orig-22-hd-no-bar "
                        + "chair-orig-22-sd-bar",
                "chair-22-with-large-logo-bar", "doorknob-hd-no-bar",
                "pattern-hd-no-bar pattern-longer-no-bar pattern-sd-grey-bar pattern-sd-with-small-logo-bar",
                "pattern-sd-with-large-logo-bar");
        assertThat(clusters(0.95)).containsExactlyInAnyOrder(
                "chair-19-sd-bar chair-20-sd-bar chair-22-sd-grey-bar chair-22-sd-sepia-bar chair-orig-22-sd-bar",
                "chair-22-with-large-logo-bar", "chair-22-with-small-logo-bar",
                "chair-orig-22-fhd-no-bar chair-orig-22-hd-no-bar", "doorknob-hd-no-bar",
                "pattern-hd-no-bar pattern-longer-no-bar", "pattern-sd-grey-bar", "pattern-sd-with-large-logo-bar",
                "pattern-sd-with-small-logo-bar");
    }

    @Test
    void hashesWithOtherParametersAreNotCompared() {
        TmkFeatures chair = HASHES.get("chair-19-sd-bar");
        TmkFeatures otherRate = new TmkFeatures(30, chair.frameCount(), chair.periods(), chair.coefficients(),
                chair.average(), chair.cos, chair.sin);
        assertThatThrownBy(() -> TmkScores.level2(chair, otherRate)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("different parameters");
    }

    /** Single-linkage clusters of the pairs that pass both levels, each as its sorted names joined by spaces. */
    private static List<String> clusters(double threshold) {
        List<String> names = new ArrayList<>(HASHES.keySet());
        int[] cluster = new int[names.size()];
        for (int i = 0; i < cluster.length; i++) {
            cluster[i] = i;
        }
        for (int i = 0; i < names.size(); i++) {
            for (int j = i + 1; j < names.size(); j++) {
                if (TmkScores.matches(HASHES.get(names.get(i)), HASHES.get(names.get(j)), threshold, threshold)) {
                    int from = cluster[j];
                    int to = cluster[i];
                    for (int k = 0; k < cluster.length; k++) {
                        cluster[k] = cluster[k] == from ? to : cluster[k];
                    }
                }
            }
        }
        Map<Integer, TreeSet<String>> groups = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            groups.computeIfAbsent(cluster[i], k -> new TreeSet<>()).add(names.get(i));
        }
        return groups.values().stream().map(g -> String.join(" ", g)).toList();
    }
}
