package org.custos.index;

/** An entry whose digest equals the one looked up. */
public record DigestMatch(long entryId, int listId) {
}
