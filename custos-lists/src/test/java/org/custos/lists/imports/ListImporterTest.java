package org.custos.lists.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.custos.lists.Entry;
import org.custos.lists.EntryStatus;
import org.custos.lists.ListFormatException;
import org.custos.lists.Samples;
import org.custos.lists.format.FormatOptions;
import org.custos.lists.format.ListFormat;
import org.custos.lists.terminology.Scheme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ListImporterTest {
    private static final FormatOptions OPTIONS = FormatOptions.of("upload-7", Scheme.US_INDUSTRY);

    @Test
    void aValidSourceIsSummarisedThenStreamed() {
        ValidatedImport v = new ListImporter().validate(ByteSource.of(Samples.resource("bridge.csv")), ListFormat.CSV,
                OPTIONS);
        assertThat(v.summary().entries()).isEqualTo(12);
        assertThat(v.summary().signals()).isEqualTo(48);
        assertThat(v.summary().byStatus()).containsEntry(EntryStatus.WITHDRAWN, 1L);
        assertThat(v.toList()).hasSize(12);
    }

    @Test
    void aBadRecordAnywhereMeansNoEntryIsHandedOut() {
        String csv = "id,md5\na,d35c785545392755e7e4164457657269\nb,69b0834fac1477a4397a0be6b6e55c1a\nc,xyz\n";
        List<Entry> store = new ArrayList<>();
        assertThatThrownBy(() -> new ListImporter().validate(ByteSource.of(csv.getBytes(StandardCharsets.UTF_8)),
                ListFormat.CSV, OPTIONS).forEach(store::add))
                .isInstanceOf(ListFormatException.class).hasMessageStartingWith("upload-7, record 4, field 'md5', value 'xyz'");
        assertThat(store).isEmpty();
    }

    /** Exact table (small lists), filter from the first key, and a filter so small that every key is a candidate. */
    @ParameterizedTest
    @CsvSource({"29, 1048575", "20, 0", "6, 0"})
    void duplicateIdsAndSignalsAreFoundWithTheRecordOfTheFirst(int bits, int exactKeys) {
        String ids = "id,md5\na,d35c785545392755e7e4164457657269\nb,69b0834fac1477a4397a0be6b6e55c1a\na,552d2d428fe0ff59d3458370a9712573\n";
        assertThatThrownBy(() -> validate(ids, bits, exactKeys))
                .hasMessage("upload-7, record 4, field 'id', value 'a': duplicate of record 2");
        String signals = "id,md5\na,d35c785545392755e7e4164457657269\nb,D35C785545392755E7E4164457657269\n";
        assertThatThrownBy(() -> validate(signals, bits, exactKeys))
                .hasMessageContaining("record 3, field 'md5', value 'd35c785545392755e7e4164457657269': duplicate of record 2");
        ValidatedImport v = new ListImporter(bits, exactKeys).validate(ByteSource.of(Samples.resource("bridge.csv")),
                ListFormat.CSV, OPTIONS);
        assertThat(v.summary().entries()).isEqualTo(12);
    }

    /**
     * VICS entries take their least digest's key as id. The scanning pass leaves such ids out of the duplicate
     * check (their signal repeats too); the reader's pass that follows its refusal names the id, as before.
     */
    @ParameterizedTest
    @CsvSource({"29, 1048575", "20, 0", "6, 0"})
    void aRepeatedVicsMediaIsNamedByItsId(int bits, int exactKeys) {
        String vics = "{\"@odata.context\":\"http://github.com/VICSDATAMODEL/ProjectVic/DataModels/2.0.xml/US/"
                + "$metadata#Media\",\"value\":[{\"MD5\":\"D35C785545392755E7E4164457657269\"},"
                + "{\"MD5\":\"69b0834fac1477a4397a0be6b6e55c1a\"},{\"MD5\":\"d35c785545392755e7e4164457657269\","
                + "\"SHA1\":\"ea45d716bbc5c8b2ad5b0ee4ebf6cd3a4b3bd1e1\"}]}";
        ByteSource source = ByteSource.of(vics.getBytes(StandardCharsets.UTF_8));
        FormatOptions options = FormatOptions.of("v.json", Scheme.PROJECT_VIC_US_V2);
        assertThatThrownBy(() -> new ListImporter(bits, exactKeys).validate(source, ListFormat.VICS, options))
                .hasMessage("v.json, record 3, field 'id', value 'md5:d35c785545392755e7e4164457657269': "
                        + "duplicate of record 1");
    }

    /** The table hands its keys to the filter when it fills: a repeat of a key seen before the switch is still found. */
    @Test
    void aRepeatAcrossTheSwitchToTheFilterIsFound() {
        String csv = "id,md5\na,d35c785545392755e7e4164457657269\nb,69b0834fac1477a4397a0be6b6e55c1a\n"
                + "c,552d2d428fe0ff59d3458370a9712573\nd,d35c785545392755e7e4164457657269\n";
        assertThatThrownBy(() -> validate(csv, 20, 3)).hasMessageContaining("record 5, field 'md5'")
                .hasMessageEndingWith("duplicate of record 2");
    }

    /** The filter's key spool is a temporary file: gone after a valid import and after a refused one. */
    @Test
    void theKeySpoolIsDeletedWhetherTheImportPassesOrNot() throws java.io.IOException {
        String good = "id,md5\na,d35c785545392755e7e4164457657269\nb,69b0834fac1477a4397a0be6b6e55c1a\n";
        String bad = good + "c,d35c785545392755e7e4164457657269\n";
        long before = spools();
        assertThat(validate(good, 20, 0).entries()).isEqualTo(2);
        assertThatThrownBy(() -> validate(bad, 20, 0)).hasMessageEndingWith("duplicate of record 2");
        assertThat(spools()).isEqualTo(before);
    }

    private static long spools() throws java.io.IOException {
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("custos-import-")).count();
        }
    }

    /** A file is checked through its channel before the hand-out: one byte changed on disk applies nothing. */
    @Test
    void aFileThatChangesAfterValidationAppliesNothing(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Path file = dir.resolve("list.csv");
        java.nio.file.Files.write(file, Samples.resource("bridge.csv"));
        ValidatedImport same = new ListImporter().validate(ByteSource.of(file), ListFormat.CSV, OPTIONS);
        assertThat(same.toList()).hasSize(12);
        ValidatedImport changed = new ListImporter().validate(ByteSource.of(file), ListFormat.CSV, OPTIONS);
        byte[] bytes = java.nio.file.Files.readAllBytes(file);
        bytes[bytes.length - 2] ^= 1;
        java.nio.file.Files.write(file, bytes);
        List<Entry> store = new ArrayList<>();
        assertThatThrownBy(() -> changed.forEach(store::add))
                .hasMessageContaining("the source changed while it was being imported");
        assertThat(store).isEmpty();
    }

    @Test
    void aSourceThatChangesBetweenPassesAppliesNothing() {
        AtomicInteger opens = new AtomicInteger();
        byte[] one = "md5\nd35c785545392755e7e4164457657269\n".getBytes(StandardCharsets.UTF_8);
        byte[] two = "md5\n69b0834fac1477a4397a0be6b6e55c1a\n".getBytes(StandardCharsets.UTF_8);
        ByteSource flipping = () -> new java.io.ByteArrayInputStream(opens.getAndIncrement() == 0 ? one : two);
        ValidatedImport v = new ListImporter().validate(flipping, ListFormat.CSV, OPTIONS);
        assertThatThrownBy(() -> v.forEach(e -> { }))
                .hasMessageContaining("the source changed while it was being imported");
    }

    @Test
    void aFilterTooSmallForTheListIsAClearErrorNotAFullHeap() {
        assertThatThrownBy(() -> validate(randomMd5s(3000), 6, 0)).isInstanceOf(ListFormatException.class)
                .hasMessageContaining("upload-7: more than 1024 possible repeats: the list is too large for a duplicate filter of 2^6 bits");
    }

    /** The filter takes keys by batches of 1,024: here it overflows only with the last, partial batch. */
    @Test
    void aFilterFoundFullByTheLastKeysIsTheSameClearError() {
        assertThatThrownBy(() -> validate(randomMd5s(700), 6, 0)).isInstanceOf(ListFormatException.class)
                .hasMessageContaining("more than 1024 possible repeats");
    }

    /** A CSV of {@code n} random MD5s: two keys a record (the id is the digest's key). */
    private static String randomMd5s(int n) {
        StringBuilder csv = new StringBuilder("md5\n");
        java.util.SplittableRandom random = new java.util.SplittableRandom(3);
        for (int i = 0; i < n; i++) csv.append(String.format("%016x%016x%n", random.nextLong(), random.nextLong()));
        return csv.toString();
    }

    private static ImportSummary validate(String csv, int bits, int exactKeys) {
        return new ListImporter(bits, exactKeys).validate(ByteSource.of(csv.getBytes(StandardCharsets.UTF_8)), ListFormat.CSV,
                OPTIONS).summary();
    }
}
