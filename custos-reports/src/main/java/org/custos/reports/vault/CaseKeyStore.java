package org.custos.reports.vault;

import java.util.Optional;

/** Where the server keeps wrapped case keys (a table); deleting one crypto-shreds its case. */
public interface CaseKeyStore {
    /** Stores a new case's key; false if the case already has one. */
    boolean put(WrappedKey key);

    Optional<WrappedKey> get(String caseId);

    /** Deletes the key for good (no soft delete, no backup copy); false if there was none. */
    boolean delete(String caseId);
}
