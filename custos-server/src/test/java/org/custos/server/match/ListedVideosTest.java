package org.custos.server.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.custos.hash.PdqHash;
import org.custos.hash.PdqResult;
import org.custos.video.VpdqFrame;
import org.custos.video.VpdqJson;
import org.custos.video.match.VpdqSignature;
import org.junit.jupiter.api.Test;

class ListedVideosTest {
    private final Random random = new Random(5);
    private final List<VpdqFrame> frames = List.of(frame(0), frame(1), frame(2));

    @Test
    void aListedVideoMatchesUntilRemovedAndCarriesItsShares() {
        try (ListedVideos videos = new ListedVideos()) {
            videos.add(7, 3, VpdqJson.format(frames).replaceAll("\\s", ""));
            var found = videos.query(0, VpdqSignature.of(frames.subList(0, 2)));
            assertThat(found).singleElement().satisfies(c -> {
                assertThat(c.entryKey()).isEqualTo(7);
                assertThat(c.listNumber()).isEqualTo(3);
                assertThat(c.video().queryPercent()).isEqualTo(100.0);
                assertThat(c.video().listedPercent()).isCloseTo(66.7, org.assertj.core.data.Offset.offset(0.1));
            });
            videos.remove(7, 3);
            assertThat(videos.query(0, VpdqSignature.of(frames))).isEmpty();
            assertThat(videos.size()).isZero();
        }
    }

    @Test
    void aMalformedOrWeakListedVideoIsCountedNotIndexed() {
        try (ListedVideos videos = new ListedVideos()) {
            videos.add(1, 1, "[\"not,a,frame\"]");
            videos.add(2, 1, "not json");
            videos.add(3, 1, VpdqJson.format(List.of(new VpdqFrame(0, new PdqResult(hash(), 10), 0))));
            assertThat(videos.unindexable()).isEqualTo(3);
            assertThat(videos.size()).isZero();
        }
    }

    private VpdqFrame frame(int second) {
        return new VpdqFrame(second, new PdqResult(hash(), 100), second);
    }

    private PdqHash hash() {
        return new PdqHash(random.nextLong(), random.nextLong(), random.nextLong(), random.nextLong());
    }
}
