package org.custos.index;

import java.util.ArrayList;
import java.util.List;
import org.custos.hash.PdqHash;

/** The brute-force answer: every entry's full distance, the definition the index must equal. */
final class Oracle {
    private final List<Entry> entries = new ArrayList<>();

    void add(Entry e) {
        entries.add(e);
    }

    int remove(Entry e) {
        int before = entries.size();
        entries.removeIf(e::equals);
        return before - entries.size();
    }

    List<Match> query(PdqHash q, int radius) {
        List<Match> out = new ArrayList<>();
        for (Entry e : entries) {
            int d = e.hash().distance(q);
            if (d <= radius) {
                out.add(new Match(e, d));
            }
        }
        out.sort(Match.ORDER);
        return out;
    }

    List<Entry> entries() {
        return entries;
    }
}
