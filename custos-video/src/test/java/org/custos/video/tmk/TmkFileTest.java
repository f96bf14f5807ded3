package org.custos.video.tmk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.custos.video.SharedData;
import org.junit.jupiter.api.Test;

/** Reading and writing Meta's 15 reference {@code .tmk} files, and refusing damaged ones. */
class TmkFileTest {
    static List<Path> referenceFiles() throws IOException {
        try (Stream<Path> files = Files.list(SharedData.tmkReference())) {
            return files.filter(p -> p.toString().endsWith(".tmk")).sorted().toList();
        }
    }

    static byte[] sample() throws IOException {
        return Files.readAllBytes(SharedData.tmkReference().resolve("chair-19-sd-bar.tmk"));
    }

    @Test
    void everyReferenceFileReadsAndWritesBackByteForByte() throws IOException {
        List<Path> files = referenceFiles();
        assertThat(files).hasSize(15);
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            TmkFeatures tmk = TmkFile.read(file);
            assertThat(tmk.framesPerSecond()).isEqualTo(15);
            assertThat(tmk.periods()).containsExactly(2731, 4391, 9767, 14653);
            assertThat(tmk.coefficients()).hasSize(32);
            assertThat(TmkFile.write(tmk)).as(file.getFileName().toString()).isEqualTo(bytes);
            assertThat(TmkFile.read(TmkFile.write(tmk))).isEqualTo(tmk);
        }
    }

    @Test
    void aHashTravelsAsBase64Text() throws IOException {
        TmkFeatures tmk = TmkFile.read(sample());
        String text = TmkFile.toBase64(tmk);
        assertThat(text).startsWith("VE1LMUZWRUNQRFFG");
        assertThat(TmkFile.readBase64(text)).isEqualTo(tmk);
        assertThatThrownBy(() -> TmkFile.readBase64("not base64 at all!")).isInstanceOf(TmkFormatException.class)
                .hasMessageContaining("Base64");
    }

    @Test
    void theHeaderIsThirtyTwoBytesAndTheFile263344() throws IOException {
        assertThat(sample()).hasSize(263_344);
        assertThat(TmkFile.expectedSize(4, 32)).isEqualTo(263_344);
    }

    @Test
    void aWrongMagicIsNamed() throws IOException {
        byte[] bytes = sample();
        bytes[8] = 'X';
        assertThatThrownBy(() -> TmkFile.read(bytes)).isInstanceOf(TmkFormatException.class)
                .hasMessageContaining("frame feature algorithm").hasMessageContaining("XDQF");
    }

    @Test
    void aTruncatedFileIsRefusedBeforeAnyFeatureIsRead() throws IOException {
        byte[] cut = Arrays.copyOf(sample(), 100_000);
        assertThatThrownBy(() -> TmkFile.read(cut)).isInstanceOf(TmkFormatException.class)
                .hasMessageContaining("263344 bytes, the file has 100000");
        assertThatThrownBy(() -> TmkFile.read(new byte[10])).isInstanceOf(TmkFormatException.class)
                .hasMessageContaining("header");
    }

    @Test
    void hostileCountsAreRefusedWithoutAllocating() throws IOException {
        byte[] bytes = sample();
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(16, 1 << 30);
        assertThatThrownBy(() -> TmkFile.read(bytes)).isInstanceOf(TmkFormatException.class)
                .hasMessageContaining("numPeriods");
    }

    @Test
    void aNonFiniteFeatureIsNamed() throws IOException {
        byte[] bytes = sample();
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putFloat(32 + 16 + 128 + 4 * 10, Float.NaN);
        assertThatThrownBy(() -> TmkFile.read(bytes)).isInstanceOf(TmkFormatException.class)
                .hasMessageContaining("pureAverageFeature[10]");
    }
}
