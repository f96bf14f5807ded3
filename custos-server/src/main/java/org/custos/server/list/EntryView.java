package org.custos.server.list;

import com.fasterxml.jackson.annotation.JsonRawValue;

/** An entry as the API returns it: custos-lists' canonical JSON, unchanged. */
public record EntryView(@JsonRawValue String entry) {
    static EntryView of(StoredEntry stored) {
        return new EntryView(EntryCodec.toJson(stored.entry()));
    }
}
