package org.custos.index;

/**
 * Sorts the rows of a {@link DigestIndex} into a {@link DirectoryTable}: a counting sort of the rows on the directory bits (stable, so equal digests keep
 * the order they were added in), then an insertion sort of each bucket, which holds about one row.
 */
final class DigestSort {
    private DigestSort() {
    }

    static DirectoryTable sort(DigestType type, long[] digests, long[] ids, int[] lists, int n) {
        int bits = n <= 1 ? 0 : 64 - Long.numberOfLeadingZeros(n - 1L);
        int w = type.words();
        int[] directory = new int[(1 << bits) + 1];
        for (int row = 0; row < n; row++) {
            directory[DigestWords.bucket(digests[row * w], bits) + 1]++;
        }
        for (int b = 1; b < directory.length; b++) {
            directory[b] += directory[b - 1];
        }
        int[] next = directory.clone();
        long[] sortedDigests = new long[n * w];
        long[] sortedIds = new long[n];
        int[] sortedLists = new int[n];
        for (int row = 0; row < n; row++) {
            int to = next[DigestWords.bucket(digests[row * w], bits)]++;
            System.arraycopy(digests, row * w, sortedDigests, to * w, w);
            sortedIds[to] = ids[row];
            sortedLists[to] = lists[row];
        }
        for (int b = 0; b + 1 < directory.length; b++) {
            insertionSort(sortedDigests, sortedIds, sortedLists, directory[b], directory[b + 1], w);
        }
        return new DirectoryTable(w, bits, directory, sortedDigests, sortedIds, sortedLists);
    }

    private static void insertionSort(long[] digests, long[] ids, int[] lists, int from, int to, int w) {
        for (int i = from + 1; i < to; i++) {
            for (int j = i; j > from && DigestWords.compare(digests, j - 1, j, w) > 0; j--) {
                swap(digests, ids, lists, j - 1, j, w);
            }
        }
    }

    private static void swap(long[] digests, long[] ids, int[] lists, int a, int b, int w) {
        for (int i = 0; i < w; i++) {
            long t = digests[a * w + i];
            digests[a * w + i] = digests[b * w + i];
            digests[b * w + i] = t;
        }
        long id = ids[a];
        ids[a] = ids[b];
        ids[b] = id;
        int list = lists[a];
        lists[a] = lists[b];
        lists[b] = list;
    }
}
