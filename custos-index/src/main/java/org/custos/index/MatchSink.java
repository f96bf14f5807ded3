package org.custos.index;

/** Receives each live row within the radius, once, with its full 256-bit distance. */
@FunctionalInterface
interface MatchSink {
    void accept(Rows rows, int row, int distance);
}
