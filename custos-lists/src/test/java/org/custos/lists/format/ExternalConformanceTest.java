package org.custos.lists.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.custos.lists.Entry;
import org.custos.lists.EntryStatus;
import org.custos.lists.Samples;
import org.custos.lists.SignalType;
import org.custos.lists.release.Snapshot;
import org.custos.lists.terminology.Scheme;
import org.junit.jupiter.api.Test;

/** The real protocol documents in ../shared/external (NCMEC hash-sharing v2, StopNCII). */
class ExternalConformanceTest {
    private static List<Entry> ncmec(String name) throws IOException {
        byte[] bytes = Files.readAllBytes(Samples.shared("external/ncmec/hashsharing-v2/" + name));
        return Samples.read(ListFormat.NCMEC, bytes, FormatOptions.of(name, Scheme.US_INDUSTRY));
    }

    private static List<Entry> stopNcii(String name) throws IOException {
        byte[] bytes = Files.readAllBytes(Samples.shared("external/stopncii/" + name));
        return Samples.read(ListFormat.STOPNCII, bytes, FormatOptions.of(name, Scheme.UNCLASSIFIED));
    }

    @Test
    void ncmecEntriesTombstonesAndFeedback() throws IOException {
        List<Entry> entries = ncmec("entries.xml");
        assertThat(entries).extracting(Entry::id).containsExactly("image1", "image4", "video1", "video4");
        Entry image = entries.getFirst();
        assertThat(image.classification().label()).isEqualTo("A1");
        assertThat(image.signal(SignalType.PHOTODNA).value()).endsWith("a1...");
        assertThat(image.status()).isEqualTo(EntryStatus.DISPUTED);
        assertThat(image.tags()).containsExactly("ncmec-affirmed", "ncmec-negative:Example Reason 1");
        assertThat(image.provenance().contributor()).isEqualTo("Example Member");
        assertThat(entries.get(1).status()).isEqualTo(EntryStatus.DELETED);
        assertThat(entries.get(2).signal(SignalType.VIDEO_MD5).value()).isEqualTo("b1".repeat(16));
        assertThat(entries.get(3).status()).isEqualTo(EntryStatus.DELETED);
    }

    @Test
    void ncmecPagesAppliedInOrderGiveTheFinalState() throws IOException {
        Snapshot state = new Snapshot();
        state.merge(ncmec("entries3.xml"));
        state.merge(ncmec("entries4.xml"));
        assertThat(state.get("willupdate").classification().label()).isEqualTo("A2");
        assertThat(state.get("willdelete").status()).isEqualTo(EntryStatus.DELETED);
        assertThat(ncmec("entries2.xml")).extracting(Entry::id).containsExactly("image10");
        assertThat(ncmec("entries_no_data.xml")).isEmpty();
    }

    @Test
    void ncmecLargeFingerprintsKeepTheirReference() throws IOException {
        Entry e = ncmec("entries_large_fingerprints.xml").getFirst();
        assertThat(e.signal(SignalType.TMK_PDQF).value()).isEqualTo("/v2/entries/1/fingerprints/TMK_PDQF");
        assertThat(e.signal(SignalType.VIDENTIFIER).value()).isEqualTo("/v2/entries/1/fingerprints/VIDENTIFIER");
    }

    @Test
    void stopNciiPagesYieldThreeRecords() throws IOException {
        Snapshot state = new Snapshot();
        state.merge(stopNcii("fetch-hashes-page1.response.json"));
        state.merge(stopNcii("fetch-hashes-page2.response.json"));
        assertThat(state.size()).isEqualTo(3);
        Entry active = state.get("pdq:9def0b7dafa86a1c90f2abd78e79ceb25ec3d1a4b3d4bc7a4354baf7717ea038");
        assertThat(active.status()).isEqualTo(EntryStatus.ACTIVE);
        assertThat(active.provenance().added()).hasToString("2021-07-01T21:31:11Z");
        assertThat(state.entries()).allSatisfy(e -> assertThat(e.toString()).doesNotContain("bd2bff7c"));
    }

    /** Custos keeps a hash whose platform feedback has an unknown value (python-threatexchange drops it). */
    @Test
    void stopNciiUnknownFeedbackDoesNotCostTheHash() throws IOException {
        List<Entry> records = stopNcii("fetch-hashes-unknown-feedback-enum.response.json");
        assertThat(records).hasSize(3);
        Snapshot state = new Snapshot();
        state.merge(records);
        assertThat(state.size()).isEqualTo(2);
        assertThat(state.get("pdq:95d087d087f8f41cf00771c707f713c7675d07f8c618f00ef00f07f307e37087").tags())
                .contains("region:UK");
    }
}
