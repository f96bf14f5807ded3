package org.custos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.custos.hash.FileDigests;
import org.custos.hash.ImageHasher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HashCommandTest {
    @TempDir
    Path dir;

    @Test
    void hashesAFolderRecursivelyInPathOrderAndReportsFailuresWithExitCodeOne() throws IOException {
        Path b = image(dir.resolve("b.png"), 80, 60);
        Path a = image(dir.resolve("sub/a.jpg"), 120, 90);
        Files.writeString(dir.resolve("notes.txt"), "not an image");
        Run run = run("hash", "--threads", "2", "--no-progress", dir.toString());
        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.lines).hasSize(3);
        assertThat(run.lines.get(0)).startsWith("{\"path\":" + HashFormat.quote(b.toString()) + ",\"size\":");
        assertThat(run.lines.get(1)).startsWith("{\"path\":" + HashFormat.quote(dir.resolve("notes.txt").toString()))
                .endsWith(",\"error\":\"not a recognised image format\"}");
        String expectedPdq = new ImageHasher().hash(a).pdq().hash().toHex();
        assertThat(run.lines.get(2)).contains("\"md5\":\"" + FileDigests.of(Files.readAllBytes(a)).md5() + "\"")
                .contains("\"pdq\":\"" + expectedPdq + "\"").contains("\"quality\":");
    }

    @Test
    void allGoodFilesExitZeroAndCsvHasAHeaderAndDihedralColumn() throws IOException {
        Path p = image(dir.resolve("x.png"), 50, 40);
        Run run = run("hash", "--format", "csv", "--dihedral", "--no-progress", p.toString());
        assertThat(run.exitCode).isZero();
        assertThat(run.lines.getFirst()).isEqualTo("path,size,md5,sha1,sha256,pdq,quality,dihedral,vpdq,error");
        String[] cells = run.lines.get(1).split(",", -1);
        assertThat(cells).hasSize(10);
        assertThat(cells[0]).isEqualTo(p.toString());
        assertThat(cells[7].split(" ")).hasSize(8).startsWith(cells[5]);
        assertThat(cells[8]).isEmpty();
        assertThat(cells[9]).isEmpty();
    }

    @Test
    void jsonDihedralNamesEveryVariantAndMissingPathsAreErrors() throws IOException {
        Path p = image(dir.resolve("y.png"), 50, 40);
        Run run = run("hash", "--dihedral", "--no-progress", p.toString(), dir.resolve("absent.png").toString());
        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.lines.get(0)).endsWith(",\"error\":\"no such file\"}");
        assertThat(run.lines.get(1)).contains("\"dihedral\":{\"original\":\"").contains("\"flipminus1\":\"");
    }

    @Test
    void imagesOverThePixelLimitAreRefusedAndBadThreadCountsAreUsageErrors() throws IOException {
        Path p = image(dir.resolve("big.png"), 200, 100);
        Run run = run("hash", "--max-pixels", "10000", "--no-progress", p.toString());
        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.lines.getFirst()).contains("\"error\":\"declared pixel count 200x100 = 20000 is above the limit");
        assertThat(run("hash", "--threads", "0", p.toString()).exitCode).isEqualTo(2);
    }

    @Test
    void hashesMetasBridgeToTheReferenceValue() {
        Path bridge = Path.of("../../shared/pdq-vectors/pdq/data/reg-test-input/dih/bridge-1-original.jpg");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(bridge), "skipped: no shared pdq-vectors");
        Run run = run("hash", "--no-progress", bridge.toString());
        assertThat(run.lines.getFirst())
                .contains("\"pdq\":\"f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22\"")
                .contains("\"quality\":100");
    }

    @Test
    void aVideoGetsItsVpdqFramesAsMetasReferenceWritesThem() throws IOException {
        Path video = Path.of("../../shared/pdq-vectors/tmk/sample-videos/chair-19-sd-bar.mp4");
        Path reference = Path.of("../../shared/pdq-vectors/vpdq/sample-hashes/chair-19-sd-bar.txt");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(video), "skipped: no shared pdq-vectors");
        Run run = run("hash", "--no-progress", video.toString());
        assertThat(run.exitCode).isZero();
        String expectedFrames = Files.readAllLines(reference).stream().filter(l -> !l.isBlank())
                .map(HashFormat::quote).collect(java.util.stream.Collectors.joining(","));
        assertThat(run.lines.getFirst())
                .contains("\"size\":" + Files.size(video))
                .contains("\"md5\":\"" + FileDigests.of(Files.readAllBytes(video)).md5() + "\"")
                .endsWith(",\"vpdq\":[" + expectedFrames + "]}")
                .doesNotContain("\"pdq\":");
    }

    @Test
    void videoSamplingIsChosenInSecondsPerHash() {
        Path video = Path.of("../../shared/pdq-vectors/tmk/sample-videos/chair-19-sd-bar.mp4");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(video), "skipped: no shared pdq-vectors");
        Run run = run("hash", "--format", "csv", "--seconds-per-hash", "1", "--no-progress", video.toString());
        assertThat(run.exitCode).isZero();
        assertThat(run.lines.get(1)).contains("\"0,100,e271017837246aaccddea259648fb7d62f435c89d9e99b2497763e216c8d055c,0.000 30,");
    }

    private static Path image(Path file, int w, int h) throws IOException {
        Files.createDirectories(file.getParent());
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                img.setRGB(x, y, (x * 7 % 256) << 16 | (y * 5 % 256) << 8 | (x * y) % 256);
            }
        }
        String format = file.toString().endsWith(".png") ? "png" : "jpg";
        assertThat(ImageIO.write(img, format, file.toFile())).isTrue();
        return file;
    }

    private record Run(int exitCode, List<String> lines) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        var cli = Main.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(new StringWriter()));
        int code = cli.execute(args);
        return new Run(code, out.toString().lines().toList());
    }
}
