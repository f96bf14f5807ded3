package org.custos.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.custos.hash.ImageHash;
import org.custos.hash.ImageHasher;
import org.junit.jupiter.api.Test;

/** Matching an image sent as bytes: hashed in memory on the server, its digests kept only for a match. */
class ImageMatchingTest {
    @Test
    void anImageMatchesItsPdqEntryAndADifferentOneDoesNot() throws Exception {
        byte[] known = png(7);
        ImageHash hash = new ImageHasher().hash(known, "test");
        Tenant owner = Tenant.create("HOTLINE");
        Api api = owner.key("LIST_CURATOR", "ADMIN", "MATCHER");
        UUID list = ListMatchingTest.createList(api, "images " + UUID.randomUUID(), "KNOWN_CSAM");
        var added = api.postBytes("/v1/lists/" + list + "/entries", "application/json",
                Hashes.entry("synthetic", "pdq", hash.pdq().hash().toHex()).getBytes());
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        ListMatchingTest.subscribe(api, list);

        var answer = api.postBytes("/v1/match", "image/png", known);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.json().get("matches")).hasSize(1);
        assertThat(answer.json().get("matches").get(0).get("signalType").asString()).isEqualTo("pdq");
        assertThat(ListMatchingTest.count("select count(*) from match_event where content_sha256 = '"
                + hash.digests().sha256() + "'")).isEqualTo(1);

        assertThat(multipart(api, png(99)).json().get("matches")).isEmpty();
        assertThat(multipart(api, known).json().get("matches")).hasSize(1);
    }

    @Test
    void dihedralMatchingFindsARotatedCopyWhenAskedFor() {
        byte[] original = png(21);
        String rotatedPdq = new ImageHasher().hash(rotated(original), "test").pdq().hash().toHex();
        Api api = Tenant.create("HOTLINE").key("LIST_CURATOR", "ADMIN", "MATCHER");
        UUID list = ListMatchingTest.createList(api, "rotated " + UUID.randomUUID(), "KNOWN_CSAM");
        api.postBytes("/v1/lists/" + list + "/entries", "application/json",
                Hashes.entry("turned", "pdq", rotatedPdq).getBytes());
        ListMatchingTest.subscribe(api, list);
        assertThat(api.postBytes("/v1/match", "image/png", original).json().get("matches")).isEmpty();
        var answer = api.postBytes("/v1/match?dihedral=true", "image/png", original);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.json().get("matches")).hasSize(1);
        assertThat(answer.json().get("matches").get(0).get("entryId").asString()).isEqualTo("turned");
    }

    @Test
    void bytesThatAreNoImageAreAProblem() {
        Api api = Tenant.create("PROVIDER").key("MATCHER");
        var answer = api.postBytes("/v1/match", "application/octet-stream", "not an image".getBytes());
        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.isProblem()).isTrue();
    }

    /** A synthetic, benign pattern of stripes and blocks, different for each seed. */
    static byte[] png(int seed) {
        BufferedImage image = new BufferedImage(128, 128, BufferedImage.TYPE_INT_RGB);
        java.util.Random random = new java.util.Random(seed);
        for (int by = 0; by < 8; by++) {
            for (int bx = 0; bx < 8; bx++) {
                int rgb = random.nextInt(0x1000000);
                for (int y = by * 16; y < by * 16 + 16; y++) {
                    for (int x = bx * 16; x < bx * 16 + 16; x++) {
                        image.setRGB(x, y, rgb);
                    }
                }
            }
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] rotated(byte[] png) {
        try {
            BufferedImage in = ImageIO.read(new java.io.ByteArrayInputStream(png));
            BufferedImage out = new BufferedImage(in.getHeight(), in.getWidth(), BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < in.getHeight(); y++) {
                for (int x = 0; x < in.getWidth(); x++) {
                    out.setRGB(in.getHeight() - 1 - y, x, in.getRGB(x, y));
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ImageIO.write(out, "png", bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Api.Response multipart(Api api, byte[] content) throws Exception {
        String boundary = "custos" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n").getBytes());
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes());
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(api.base() + "/v1/match")).header("Authorization", "Bearer " + api.token())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return new Api.Response(response.statusCode(), "application/json", null, response.body());
    }
}
