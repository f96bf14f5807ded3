package org.custos.reports.vault;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The server's audit chain, in memory, for tests. */
public final class InMemoryCustodyLog implements CustodyLog {
    public final List<CustodyRecord> records = new ArrayList<>();

    @Override
    public Optional<CustodyRecord> last(String caseId) {
        return records.reversed().stream().filter(r -> r.caseId().equals(caseId)).findFirst();
    }

    @Override
    public void append(CustodyRecord record) {
        records.add(record);
    }
}
