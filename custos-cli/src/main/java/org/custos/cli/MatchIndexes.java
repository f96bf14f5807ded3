package org.custos.cli;

import org.custos.index.PdqIndex;

/** Builds the index of a hash file; an entry's id is its position in the file's list of hashes. */
final class MatchIndexes {
    private MatchIndexes() {
    }

    static PdqIndex of(MatchInput input) {
        PdqIndex.Builder builder = PdqIndex.builder(input.hashes().size());
        for (int i = 0; i < input.hashes().size(); i++) {
            builder.add(i, input.hashes().get(i), 0);
        }
        return builder.build();
    }
}
