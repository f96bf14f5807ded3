package org.custos.lists.format;

import java.io.OutputStream;
import java.util.List;
import org.custos.lists.Entry;
import org.custos.lists.Signal;

/** Writes one row per signal HMA knows, of every live entry; tombstones and other signals are left out. */
final class HmaCsvWriter extends TextWriter {

    HmaCsvWriter(OutputStream out) {
        super(out);
        row(HmaCsvReader.HEADER);
    }

    @Override
    public void write(Entry e) {
        if (e.status().tombstone()) return;
        String id = e.id().startsWith("hma:") ? e.id().substring(4) : "";
        for (Signal s : e.signals()) {
            String name = HmaSignalTypes.name(s.type());
            if (name != null) row(List.of(name, s.value(), id));
        }
    }
}
