package org.custos.index;

import java.util.List;

/**
 * Digests as big-endian longs, sorted, with a directory on their top d bits (2^d ≥ n, so about one digest per
 * bucket). A lookup reads one directory slot and then the bucket's digests: two dependent cache misses. This was
 * the first layout of {@link DigestIndex}; {@link ProbingTable} replaced it and it stays as the measured baseline
 * and as the sorted input the probing table is laid out from.
 */
final class DirectoryTable implements ExactTable {
    private final int words;
    private final int directoryBits;
    private final int[] directory;
    final long[] digests;
    final long[] ids;
    final int[] lists;

    DirectoryTable(int words, int directoryBits, int[] directory, long[] digests, long[] ids, int[] lists) {
        this.words = words;
        this.directoryBits = directoryBits;
        this.directory = directory;
        this.digests = digests;
        this.ids = ids;
        this.lists = lists;
    }

    @Override
    public List<DigestMatch> find(byte[] digest) {
        int w = words;
        long first = DigestWords.word(digest, 0);
        int bucket = DigestWords.bucket(first, directoryBits);
        List<DigestMatch> out = List.of();
        for (int row = directory[bucket], end = directory[bucket + 1]; row < end; row++) {
            if (digests[row * w] == first && DigestWords.restEqual(digests, row * w + 1, digest, w)) {
                out = DigestMatch.append(out, ids[row], lists[row]);
            }
        }
        return out;
    }

    @Override
    public long bytes() {
        return 4L * directory.length + 8L * digests.length + 8L * ids.length + 4L * lists.length;
    }
}
