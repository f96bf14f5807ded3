package org.custos.lists.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.custos.lists.Entry;
import org.custos.lists.EntryStatus;
import org.custos.lists.ListFormatException;
import org.custos.lists.Samples;
import org.custos.lists.Signal;
import org.custos.lists.SignalType;
import org.custos.lists.terminology.Scheme;
import org.junit.jupiter.api.Test;

/** Each format reads its sample, writes it, and reads back what it can carry, unchanged. */
class FormatRoundTripTest {
    private static final FormatOptions US = FormatOptions.of("test", Scheme.US_INDUSTRY);

    @Test
    void csvCarriesEverythingButAttestations() {
        List<Entry> entries = Samples.read(ListFormat.CSV, "bridge.csv", Scheme.US_INDUSTRY);
        assertThat(entries).hasSize(12);
        Entry first = entries.getFirst();
        assertThat(first.id()).isEqualTo("bridge-aaa-orig");
        assertThat(first.signal(SignalType.MD5).value()).isEqualTo("d35c785545392755e7e4164457657269");
        assertThat(first.signal(SignalType.PDQ).quality()).isEqualTo(100);
        assertThat(first.classification().label()).isEqualTo("A1");
        assertThat(first.provenance().contributor()).isEqualTo("Example Hotline, NL");
        assertThat(first.legality()).containsOnlyKeys("NL", "US");
        assertThat(entries).extracting(Entry::status).contains(EntryStatus.WITHDRAWN, EntryStatus.DISPUTED);
        assertThat(roundTrip(ListFormat.CSV, entries, US)).isEqualTo(entries);
    }

    @Test
    void jsonLinesIsLossless() {
        List<Entry> entries = Samples.read(ListFormat.CSV, "bridge.csv", Scheme.US_INDUSTRY);
        assertThat(roundTrip(ListFormat.JSONL, entries, US)).isEqualTo(entries);
    }

    @Test
    void oneHashPerLineNeedsATypeFor64Characters() {
        List<Entry> md5 = Samples.read(ListFormat.LINES, "bridge-md5.txt", Scheme.UNCLASSIFIED);
        assertThat(md5).hasSize(12).allSatisfy(e -> assertThat(e.id()).startsWith("md5:"));
        assertThatThrownBy(() -> Samples.read(ListFormat.LINES, "bridge-pdq.txt", Scheme.UNCLASSIFIED))
                .isInstanceOf(ListFormatException.class).hasMessageContaining("bridge-pdq.txt, record 2")
                .hasMessageContaining("64 may be sha256 or pdq");
        FormatOptions pdq = FormatOptions.of("pdq", Scheme.UNCLASSIFIED).withSignalType(SignalType.PDQ);
        List<Entry> hashes = Samples.read(ListFormat.LINES, Samples.resource("bridge-pdq.txt"), pdq);
        assertThat(roundTrip(ListFormat.LINES, hashes, pdq)).isEqualTo(hashes);
    }

    @Test
    void vics2ToleratesBomUpperCaseHexAndStringBooleans() {
        FormatOptions vic = FormatOptions.of("vics", Scheme.PROJECT_VIC_US_V2);
        List<Entry> entries = Samples.read(ListFormat.VICS, Samples.resource("bridge-vics2-us.json"), vic);
        assertThat(entries).hasSize(12);
        Entry first = entries.getFirst();
        assertThat(first.id()).isEqualTo("md5:d35c785545392755e7e4164457657269");
        assertThat(first.signal(SignalType.PDQ)).isNotNull();
        assertThat(first.tags()).containsExactly("victim-identified");
        assertThat(entries.get(1).tags()).isEmpty();
        assertThat(first.classification().label()).isEqualTo("0");
        assertThat(roundTrip(ListFormat.VICS, entries, vic)).isEqualTo(entries);
    }

    @Test
    void vics1CasesAreReadWithTheLegacyScheme() {
        FormatOptions dhs = FormatOptions.of("vics1", Scheme.DHS_LEGACY);
        List<Entry> entries = Samples.read(ListFormat.VICS, Samples.resource("bridge-vics1-cases.json"), dhs);
        assertThat(entries).hasSize(12);
        assertThat(entries).extracting(e -> e.classification().label())
                .containsExactly("0", "1", "2", "3", "4", "5", "0", "1", "2", "3", "4", "5");
        assertThat(roundTrip(ListFormat.VICS, entries, dhs)).isEqualTo(entries);
    }

    @Test
    void aVicsProfileMustAgreeWithTheChosenScheme() {
        assertThatThrownBy(() -> Samples.read(ListFormat.VICS, Samples.resource("bridge-vics2-us.json"),
                FormatOptions.of("vics", Scheme.UK))).hasMessageContaining("profile US does not use the chosen scheme uk");
    }

    @Test
    void ncmecXmlRoundTripsEntriesAndTombstones() {
        List<Entry> entries = Samples.read(ListFormat.NCMEC, "bridge-ncmec.xml", Scheme.US_INDUSTRY);
        assertThat(entries).hasSize(12);
        assertThat(entries).filteredOn(e -> e.status() == EntryStatus.DELETED).extracting(Entry::id)
                .containsExactly("bridge-shrink-a-lot");
        assertThat(roundTrip(ListFormat.NCMEC, entries, US)).isEqualTo(entries);
    }

    @Test
    void hmaCsvRoundTrips() {
        List<Entry> entries = Samples.read(ListFormat.HMA, "bridge-hma.csv", Scheme.UNCLASSIFIED);
        assertThat(entries.getFirst().id()).isEqualTo("hma:100");
        assertThat(roundTrip(ListFormat.HMA, entries, FormatOptions.of("hma", Scheme.UNCLASSIFIED))).isEqualTo(entries);
    }

    @Test
    void stopNciiRoundTripsPdqStatus() {
        List<Entry> entries = Samples.read(ListFormat.CSV, "bridge.csv", Scheme.US_INDUSTRY);
        FormatOptions opts = FormatOptions.of("s", Scheme.UNCLASSIFIED);
        List<Entry> back = roundTrip(ListFormat.STOPNCII, entries, opts);
        assertThat(back).extracting(e -> e.signals().getFirst()).containsExactlyElementsOf(
                entries.stream().map(e -> new Signal(SignalType.PDQ, e.signal(SignalType.PDQ).value(), null)).toList());
        assertThat(back).extracting(Entry::status).containsExactlyElementsOf(entries.stream()
                .map(e -> e.status() == EntryStatus.DISPUTED ? EntryStatus.ACTIVE : e.status()).toList());
    }

    @Test
    void csvErrorsNameLineFieldAndValue() {
        String csv = "id,md5,classification\nok,d35c785545392755e7e4164457657269,A1\nbad,d35c78554539275,A1\n";
        assertThatThrownBy(() -> Samples.read(ListFormat.CSV, csv.getBytes(StandardCharsets.UTF_8), US))
                .isInstanceOf(ListFormatException.class)
                .hasMessageStartingWith("test, record 3, field 'md5', value 'd35c78554539275': md5 is 32 hex");
        String label = "id,md5,classification\nx,d35c785545392755e7e4164457657269,Z9\n";
        assertThatThrownBy(() -> Samples.read(ListFormat.CSV, label.getBytes(StandardCharsets.UTF_8), US))
                .hasMessageContaining("field 'classification', value 'Z9': unknown label 'Z9' in classification scheme us-industry");
        assertThatThrownBy(() -> Samples.read(ListFormat.CSV, "md5,colour\n".getBytes(StandardCharsets.UTF_8), US))
                .hasMessageContaining("unknown column 'colour'");
        String status = "md5,status\nd35c785545392755e7e4164457657269,paused\n";
        assertThatThrownBy(() -> Samples.read(ListFormat.CSV, status.getBytes(StandardCharsets.UTF_8), US))
                .hasMessageContaining("field 'status', value 'paused': unknown status 'paused'; known: [ACTIVE, DISPUTED,");
        String quality = "md5,pdq_quality\nd35c785545392755e7e4164457657269,90\n";
        assertThatThrownBy(() -> Samples.read(ListFormat.CSV, quality.getBytes(StandardCharsets.UTF_8), US))
                .hasMessageContaining("a pdq_quality without a pdq");
    }

    @Test
    void csvHandlesQuotesAcrossLines() {
        String csv = "id,md5,photodna\n\"a,\"\"1\"\"\",d35c785545392755e7e4164457657269,\"x\r\ny\"\r\n"
                + "b,69b0834fac1477a4397a0be6b6e55c1a,\nc,,z\n";
        List<Entry> entries = Samples.read(ListFormat.CSV, csv.getBytes(StandardCharsets.UTF_8), US);
        assertThat(entries).extracting(Entry::id).containsExactly("a,\"1\"", "b", "c");
        assertThat(entries.getFirst().signal(SignalType.PHOTODNA).value()).isEqualTo("x\r\ny");
        assertThatThrownBy(() -> Samples.read(ListFormat.CSV, (csv + "d,\"open\n").getBytes(StandardCharsets.UTF_8), US))
                .hasMessageContaining("record 6: cannot be read: quoted field opened on line 6 never closes");
    }

    @Test
    void oversizedFieldsAndLinesAreRefusedNotBuffered() {
        String huge = "a".repeat(SignalTypeLimits.FIELD + 10);
        assertThatThrownBy(() -> Samples.read(ListFormat.CSV, ("id,photodna\nx," + huge + "\n").getBytes(StandardCharsets.UTF_8), US))
                .isInstanceOf(ListFormatException.class).hasMessageContaining("record 2: cannot be read: a field is longer than");
        assertThatThrownBy(() -> Samples.read(ListFormat.LINES, (huge + "\n").getBytes(StandardCharsets.UTF_8), US))
                .hasMessageContaining("test, record 1: cannot be read: a line is longer than");
    }

    @Test
    void malformedJsonXmlAndUnknownValuesNameTheirRecord() {
        FormatOptions vic = FormatOptions.of("v.json", Scheme.PROJECT_VIC_US_V2);
        String vics = "{\"value\":[{\"MD5\":\"d35c785545392755e7e4164457657269\",\"Category\":1},{\"MD5\":";
        assertThatThrownBy(() -> Samples.read(ListFormat.VICS, vics.getBytes(StandardCharsets.UTF_8), vic))
                .isInstanceOf(ListFormatException.class).hasMessageStartingWith("v.json, record 2");
        String badHash = "{\"value\":[{\"AlternativeHashes\":[{\"HashName\":\"Imagemark\",\"HashValue\":\"x\"}]}]}";
        assertThatThrownBy(() -> Samples.read(ListFormat.VICS, badHash.getBytes(StandardCharsets.UTF_8), vic))
                .hasMessageContaining("field 'AlternativeHashes.HashName', value 'Imagemark': unknown signal type");
        String xml = "<queryResult xmlns=\"" + NcmecReader.NS + "\"><images><image><id>a</id><fingerprints>"
                + "<md5>d35c785545392755e7e4164457657269</md5></fingerprints></image><image><id>b</id></imag>";
        assertThatThrownBy(() -> Samples.read(ListFormat.NCMEC, xml.getBytes(StandardCharsets.UTF_8),
                FormatOptions.of("n.xml", Scheme.US_INDUSTRY))).hasMessageStartingWith("n.xml, record 2")
                .hasMessageContaining("malformed XML");
        String doctype = "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><queryResult xmlns=\""
                + NcmecReader.NS + "\"><images><image><id>&e;</id></image></images></queryResult>";
        assertThatThrownBy(() -> Samples.read(ListFormat.NCMEC, doctype.getBytes(StandardCharsets.UTF_8),
                FormatOptions.of("n.xml", Scheme.US_INDUSTRY))).isInstanceOf(ListFormatException.class);
        String stop = "{\"hashRecords\":[{\"signalType\":\"ImagePDQ\",\"hashValue\":\"" + "ab".repeat(32)
                + "\",\"hashStatus\":\"Paused\"}]}";
        assertThatThrownBy(() -> Samples.read(ListFormat.STOPNCII, stop.getBytes(StandardCharsets.UTF_8),
                FormatOptions.of("s.json", Scheme.UNCLASSIFIED)))
                .hasMessageContaining("s.json, record 1, field 'hashStatus', value 'Paused': unknown StopNCII hash status");
    }

    /** The limits, kept beside the test that needs them. */
    private static final class SignalTypeLimits {
        static final int FIELD = SignalType.MAX_FOREIGN_LENGTH + 1024;
    }

    private static List<Entry> roundTrip(ListFormat format, List<Entry> entries, FormatOptions options) {
        byte[] bytes = Samples.write(format, entries, options);
        return Samples.read(format, bytes, options.withSource("round-trip"));
    }
}
