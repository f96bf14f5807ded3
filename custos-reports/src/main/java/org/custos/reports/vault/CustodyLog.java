package org.custos.reports.vault;

import java.util.Optional;

/** Where custody records go (the server's audit chain); the vault links each new one to the case's last. */
public interface CustodyLog {
    Optional<CustodyRecord> last(String caseId);

    void append(CustodyRecord record);
}
