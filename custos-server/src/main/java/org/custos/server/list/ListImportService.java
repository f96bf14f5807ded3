package org.custos.server.list;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import org.custos.lists.format.FormatOptions;
import org.custos.lists.format.ListFormat;
import org.custos.lists.imports.ByteSource;
import org.custos.lists.imports.ImportSummary;
import org.custos.lists.imports.ListImporter;
import org.custos.lists.imports.ValidatedImport;
import org.custos.server.security.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a list file in any custos-lists format, all or nothing. The upload (hashes, never content) is
 * spooled to a temporary file, validated whole by {@link ListImporter} outside any transaction, then applied
 * in one transaction, in batches: new entries are added, existing ones must be unchanged, else nothing is
 * applied.
 */
@Service
public class ListImportService {
    private final ListService lists;
    private final Entries entries;
    private final IndexChanges changes;
    private final TransactionTemplate transaction;

    public ListImportService(ListService lists, Entries entries, IndexChanges changes,
                             TransactionTemplate transaction) {
        this.lists = lists;
        this.entries = entries;
        this.changes = changes;
        this.transaction = transaction;
    }

    public ImportSummary importFile(Caller caller, UUID listId, ListFormat format, InputStream body) {
        ListInfo list = lists.owned(caller, listId);
        Path spool = spool(body);
        try {
            FormatOptions options = FormatOptions.of("upload to list " + listId, list.scheme());
            ValidatedImport validated = new ListImporter().validate(ByteSource.of(spool), format, options);
            return transaction.execute(status -> {
                ImportBatch batch = new ImportBatch(list, entries, changes);
                validated.forEach(batch::add);
                batch.flush();
                lists.record(caller, list, "list.import", format.token(), batch.added() + " entries added of "
                        + validated.summary().entries() + ", sha256 " + validated.summary().sha256());
                return validated.summary();
            });
        } finally {
            delete(spool);
        }
    }

    private static Path spool(InputStream body) {
        try {
            Path file = Files.createTempFile("custos-import-", ".list");
            Files.copy(body, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot spool the upload", e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temporary file of hashes; the OS cleans its temporary folder
        }
    }
}
