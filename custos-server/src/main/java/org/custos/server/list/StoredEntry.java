package org.custos.server.list;

import java.util.UUID;
import org.custos.lists.Entry;

/** An entry with the key the indexes know it by and the list it belongs to. */
public record StoredEntry(long key, UUID listId, Entry entry) {
}
