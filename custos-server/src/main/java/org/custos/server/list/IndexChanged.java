package org.custos.server.list;

/** Published when a transaction wrote index changes; after it commits, this instance applies them at once. */
public record IndexChanged() {
}
