package org.custos.lists.imports;

import java.util.Map;
import org.custos.lists.EntryStatus;

/**
 * What a validated source holds: entry count by status, the signal count, and the SHA-256 of its bytes (which
 * the second pass must see again).
 */
public record ImportSummary(String source, long entries, long signals, Map<EntryStatus, Long> byStatus,
        long bytes, String sha256) {
    public ImportSummary {
        byStatus = Map.copyOf(byStatus);
    }
}
