package org.custos.index;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The snapshot file: the segments' off-heap regions written as they are, so reading is one {@code mmap} and no
 * parsing; files above 2 GB map whole through FFM. Little-endian throughout.
 *
 * <pre>
 * header   64 B: "CUSTOSPX", int version (2), int segment count, zeros
 * segment  64 B: int rows, int slots (0 = scanned, no multi-index), int overflow lines, int 0,
 *          8 × int CRC-32C of its regions, zeros
 *          then its regions, each starting on a 64-byte boundary:
 *          high (16 B/row), low (16 B/row), ids (8 B/row), lists (4 B/row), tombstones (8 B per 64 rows),
 *          and with a multi-index: bucket lines, row positions, overflow lines (see {@link MultiIndex} and
 *          {@link BucketBounds})
 * Version 1 (an int per bucket, before {@link BucketBounds}) is refused with its version named: rebuild it.
 * </pre>
 * A write goes to a temporary file moved into place, so a crash never leaves half a snapshot; a read checks the
 * magic, version, every size against the file length and every checksum before the index is used.
 */
final class IndexSnapshot {
    static final byte[] MAGIC = "CUSTOSPX".getBytes(StandardCharsets.US_ASCII);
    static final int VERSION = 2;
    static final int HEADER = 64;

    private IndexSnapshot() {
    }

    static void write(List<Segment> segments, Path file) {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            List<Segment> nonEmpty = segments.stream().filter(s -> s.size > 0).toList();
            out.write(header(nonEmpty.size()).asByteBuffer());
            for (Segment s : nonEmpty) {
                SnapshotRegions regions = SnapshotRegions.of(s);
                out.write(regions.header().asByteBuffer());
                for (MemorySegment region : regions.regions()) {
                    writePadded(out, region);
                }
            }
            out.force(true);
        } catch (IOException e) {
            throw new SnapshotException(file, "cannot write: " + e.getMessage(), e);
        }
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new SnapshotException(file, "cannot move " + tmp + " into place: " + e.getMessage(), e);
        }
    }

    static List<Segment> read(Path file) {
        MemorySegment whole;
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            whole = in.map(FileChannel.MapMode.READ_ONLY, 0, in.size(), Arena.ofAuto());
        } catch (IOException e) {
            throw new SnapshotException(file, "cannot read: " + e.getMessage(), e);
        }
        SnapshotReader reader = new SnapshotReader(file, whole);
        int count = reader.header();
        List<Segment> segments = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            segments.add(reader.segment(i));
        }
        reader.checkFullyRead();
        return segments;
    }

    static long padded(long bytes) {
        return (bytes + 63) & ~63L;
    }

    private static MemorySegment header(int segments) {
        MemorySegment h = Arena.ofAuto().allocate(HEADER);
        MemorySegment.copy(MemorySegment.ofArray(MAGIC), 0, h, 0, MAGIC.length);
        h.set(Rows.INT, 8, VERSION);
        h.set(Rows.INT, 12, segments);
        return h;
    }

    private static void writePadded(FileChannel out, MemorySegment region) throws IOException {
        long step = 1L << 30;
        for (long at = 0; at < region.byteSize(); at += step) {
            var buffer = region.asSlice(at, Math.min(step, region.byteSize() - at)).asByteBuffer();
            while (buffer.hasRemaining()) {
                out.write(buffer);
            }
        }
        long pad = padded(region.byteSize()) - region.byteSize();
        if (pad > 0) {
            out.write(java.nio.ByteBuffer.allocate((int) pad));
        }
    }
}
