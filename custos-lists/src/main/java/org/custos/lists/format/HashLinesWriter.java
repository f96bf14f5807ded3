package org.custos.lists.format;

import java.io.OutputStream;
import org.custos.lists.Entry;
import org.custos.lists.Signal;
import org.custos.lists.SignalType;

/**
 * Writes the signal of one type per line (the type in the options, else each entry's first signal); tombstones
 * are left out, since a bare hash list cannot say "no longer".
 */
final class HashLinesWriter extends TextWriter {
    private final SignalType type;

    HashLinesWriter(OutputStream out, FormatOptions options) {
        super(out);
        this.type = options.signalType();
    }

    @Override
    public void write(Entry entry) {
        if (entry.status().tombstone()) return;
        Signal s = type == null ? entry.signals().getFirst() : entry.signal(type);
        if (s == null) return;
        emit(s.value() + '\n');
    }
}
