package org.custos.lists.imports;

/**
 * An open-addressing table of 64-bit keys with a 64-bit value each, linear probing, growing at half full. The
 * key 0 stands for "empty", so keys are stored with 0 replaced by 1 (fingerprints, where that is harmless).
 */
final class LongTable {
    private long[] keys = new long[1 << 10];
    private long[] values = new long[1 << 10];
    private int size;

    /** Stores {@code value} under {@code key} unless present; returns the value already there, or -1. */
    long putIfAbsent(long key, long value) {
        long k = key == 0 ? 1 : key;
        int mask = keys.length - 1;
        for (int i = slot(k, mask); ; i = (i + 1) & mask) {
            if (keys[i] == k) return values[i];
            if (keys[i] == 0) {
                keys[i] = k;
                values[i] = value;
                if (++size * 2 > keys.length) grow();
                return -1;
            }
        }
    }

    boolean contains(long key) {
        long k = key == 0 ? 1 : key;
        int mask = keys.length - 1;
        for (int i = slot(k, mask); keys[i] != 0; i = (i + 1) & mask) {
            if (keys[i] == k) return true;
        }
        return false;
    }

    int size() {
        return size;
    }

    interface Pairs {
        void accept(long key, long value);
    }

    void forEach(Pairs action) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != 0) action.accept(keys[i], values[i]);
        }
    }

    private static int slot(long k, int mask) {
        return (int) (k ^ k >>> 29) & mask;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new long[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) putIfAbsent(oldKeys[i], oldValues[i]);
        }
    }
}
