package org.custos.index;

/**
 * A stable counting sort of items 0..n−1 by keys of up to 24 bits, in two cache-friendly passes (MSD radix):
 * items are first spread over 256 buckets by their top 8 key bits (256 sequential write streams), then each
 * bucket, a window small enough for the L2 cache, is counted and placed on its remaining bits. A one-pass
 * counting sort over 2^22 buckets would instead miss the cache on nearly every placement; building 10M rows
 * that way was several times slower.
 */
final class BucketSort {
    private static final int TOP_BITS = 8;
    private static final int ITEM_BITS = 40;

    @FunctionalInterface
    interface Keys {
        int key(int item);
    }

    @FunctionalInterface
    interface Placement {
        /** Item {@code item} goes to place {@code to} of the sorted order. */
        void place(int to, int item);
    }

    private BucketSort() {
    }

    /**
     * Sorts; {@code starts[k]} becomes the first place of key k ({@code starts} has 2^width + 1 ints, the last n),
     * and each item's place is reported to {@code placement}, in place order within each top bucket.
     */
    static void sort(int n, int width, Keys keys, int[] starts, Placement placement) {
        int low = Math.max(0, width - TOP_BITS);
        int[] top = new int[(1 << (width - low)) + 1];
        for (int i = 0; i < n; i++) {
            top[(keys.key(i) >>> low) + 1]++;
        }
        prefixSum(top);
        long[] spread = new long[n];
        int[] next = top.clone();
        for (int i = 0; i < n; i++) {
            int key = keys.key(i);
            spread[next[key >>> low]++] = (long) key << ITEM_BITS | i;
        }
        int[] counts = new int[(1 << low) + 1];
        for (int b = 0; b + 1 < top.length; b++) {
            placeBucket(spread, top[b], top[b + 1], b << low, low, counts, starts, placement);
        }
        starts[starts.length - 1] = n;
    }

    private static void placeBucket(long[] spread, int from, int to, int firstKey, int low, int[] counts,
            int[] starts, Placement placement) {
        int mask = (1 << low) - 1;
        java.util.Arrays.fill(counts, 0);
        for (int i = from; i < to; i++) {
            counts[((int) (spread[i] >>> ITEM_BITS) & mask) + 1]++;
        }
        counts[0] = from;
        prefixSum(counts);
        System.arraycopy(counts, 0, starts, firstKey, 1 << low);
        for (int i = from; i < to; i++) {
            int key = (int) (spread[i] >>> ITEM_BITS) & mask;
            placement.place(counts[key]++, (int) spread[i]);
        }
    }

    static void prefixSum(int[] counts) {
        for (int i = 1; i < counts.length; i++) {
            counts[i] += counts[i - 1];
        }
    }
}
