package org.custos.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Meta's vPDQ text and python-threatexchange's signal string, both ways. */
class VpdqFormatsTest {
    @Test
    void everyReferenceFileRoundTripsThroughTheText() throws IOException {
        try (var files = Files.list(SharedData.vpdqReference())) {
            for (var file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                String text = Files.readString(file);
                assertThat(VpdqText.format(VpdqText.parse(text))).as(file.getFileName().toString()).isEqualTo(text);
            }
        }
    }

    @Test
    void theSignalStringCarriesHashQualityAndTime() throws IOException {
        List<VpdqFrame> frames = VpdqText.parse(Files.readString(SharedData.vpdqReference()
                .resolve("doorknob-hd-no-bar.txt")));
        String json = VpdqJson.format(frames);
        assertThat(json).startsWith("[\"" + frames.getFirst().hash().toHex() + "," + frames.getFirst().quality()
                + ",0.000\", \"");
        assertThat(VpdqJson.parse(json)).isEqualTo(frames);
        assertThat(VpdqJson.parse("[ ]")).isEmpty();
        assertThat(VpdqJson.parse("[\"" + frames.get(1).hash().toHex() + ",97,0.0333\"]"))
                .containsExactly(new VpdqFrame(0, new org.custos.hash.PdqResult(frames.get(1).hash(), 97), 0.0333));
    }

    @Test
    void malformedInputNamesTheLineOrElement() {
        assertThatThrownBy(() -> VpdqText.parse("0,100,abc,0.000\n")).isInstanceOf(VpdqFormatException.class)
                .hasMessageContaining("line 1").hasMessageContaining("64 hex characters");
        String hash = "0".repeat(64);
        assertThatThrownBy(() -> VpdqText.parse("1,100," + hash + ",0.0\n0,100," + hash + ",0.0"))
                .isInstanceOf(VpdqFormatException.class).hasMessageContaining("line 2")
                .hasMessageContaining("does not follow");
        assertThatThrownBy(() -> VpdqText.parse("0,101," + hash + ",0.0")).isInstanceOf(VpdqFormatException.class)
                .hasMessageContaining("quality");
        assertThatThrownBy(() -> VpdqJson.parse("{\"0\": 1}")).isInstanceOf(VpdqFormatException.class)
                .hasMessageContaining("JSON array");
        assertThatThrownBy(() -> VpdqJson.parse("[\"" + hash + ",50,0.0\", 7]"))
                .isInstanceOf(VpdqFormatException.class).hasMessageContaining("element 2");
        assertThatThrownBy(() -> VpdqJson.parse("[\"" + hash + ",50\"]")).isInstanceOf(VpdqFormatException.class)
                .hasMessageContaining("pdqHex,quality,timestamp");
    }
}
