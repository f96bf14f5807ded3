package org.custos.video.match;

import java.util.Arrays;
import java.util.function.IntConsumer;
import org.custos.hash.PdqHash;

/** Every frame hash in one flat array of words, scanned in full for each query: exact, and linear in size. */
final class BruteForceFrameIndex implements FrameIndex {
    private long[] words = new long[4 * 64];
    private int size;

    @Override
    public int add(PdqHash hash) {
        if (4 * (size + 1) > words.length) {
            words = Arrays.copyOf(words, words.length * 2);
        }
        int at = 4 * size;
        words[at] = hash.w0();
        words[at + 1] = hash.w1();
        words[at + 2] = hash.w2();
        words[at + 3] = hash.w3();
        return size++;
    }

    @Override
    public void search(PdqHash query, int radius, IntConsumer ids) {
        long q0 = query.w0();
        long q1 = query.w1();
        long q2 = query.w2();
        long q3 = query.w3();
        for (int id = 0, at = 0; id < size; id++, at += 4) {
            int d = Long.bitCount(words[at] ^ q0) + Long.bitCount(words[at + 1] ^ q1)
                    + Long.bitCount(words[at + 2] ^ q2) + Long.bitCount(words[at + 3] ^ q3);
            if (d <= radius) {
                ids.accept(id);
            }
        }
    }

    @Override
    public int size() {
        return size;
    }
}
