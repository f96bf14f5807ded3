package org.custos.index;

import java.util.Arrays;

/** Rows a multi-index search has found, held until the search is known to complete. */
final class Found {
    private int[] rows = new int[8];
    private int[] distances = new int[8];
    private int size;

    void add(int row, int distance) {
        if (size == rows.length) {
            rows = Arrays.copyOf(rows, size * 2);
            distances = Arrays.copyOf(distances, size * 2);
        }
        rows[size] = row;
        distances[size++] = distance;
    }

    void emit(Rows data, MatchSink out) {
        for (int i = 0; i < size; i++) {
            out.accept(data, rows[i], distances[i]);
        }
    }
}
