package org.custos.index;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * Off-heap regions of the index, 64-byte aligned (a cache line) and freed by the GC once unreachable, so a
 * segment replaced by a merge lives exactly as long as the last query reading it. (Advising these regions into
 * transparent huge pages through FFM {@code madvise} was measured: no gain on queries here, and builds slowed
 * threefold while the kernel compacted memory, so pages stay as the system gives them.)
 */
final class OffHeap {
    private OffHeap() {
    }

    static MemorySegment allocate(long bytes) {
        return Arena.ofAuto().allocate(Math.max(bytes, 1), 64);
    }
}
