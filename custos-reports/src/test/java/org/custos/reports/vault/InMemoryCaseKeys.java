package org.custos.reports.vault;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The server's wrapped-key table, in memory, for tests. */
public final class InMemoryCaseKeys implements CaseKeyStore {
    public final Map<String, WrappedKey> map = new HashMap<>();

    @Override
    public boolean put(WrappedKey key) {
        return map.putIfAbsent(key.caseId(), key) == null;
    }

    @Override
    public Optional<WrappedKey> get(String caseId) {
        return Optional.ofNullable(map.get(caseId));
    }

    @Override
    public boolean delete(String caseId) {
        return map.remove(caseId) != null;
    }
}
