package org.custos.lists.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.zip.CRC32C;
import org.custos.lists.Entry;
import org.custos.lists.terminology.Crosswalk;

/**
 * The validated entries of an import in a temporary file, in {@link EntryCodec}'s form, each behind its length
 * (four bytes): what {@link ValidatedImport#forEach} hands out instead of parsing the source again. A CRC-32C
 * over every byte written is checked when the spool has been read, so a damaged file fails the hand-out (the
 * store then rolls back) rather than applying wrong entries. The file is deleted on {@link #close}.
 */
final class EntrySpool implements AutoCloseable {
    private static final int BUFFER = 1 << 20;
    private static final java.lang.invoke.VarHandle INT =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(int[].class, java.nio.ByteOrder.BIG_ENDIAN);
    private final SpoolFile spool;
    private final Path file;
    private final FileChannel channel;
    private final EntryCodec codec;
    private final SpoolOutput record = new SpoolOutput();
    private byte[] buffer = new byte[BUFFER];
    private int filled;
    private long entries;
    private final CRC32C written = new CRC32C();

    EntrySpool(Crosswalk crosswalk) {
        this(crosswalk, null);
    }

    /** In {@code directory}, or the system's temporary folder when it is {@code null}. */
    EntrySpool(Crosswalk crosswalk, Path directory) {
        codec = new EntryCodec(crosswalk);
        spool = SpoolFile.create(directory, "custos-entries-", "entry spool");
        file = spool.path();
        channel = spool.channel();
    }

    Path file() {
        return file;
    }

    long entries() {
        return entries;
    }

    void write(Entry e) {
        record.reset();
        codec.encode(e, record);
        int n = record.size();
        if (buffer.length - filled < n + Integer.BYTES) flush();
        if (buffer.length < n + Integer.BYTES) buffer = new byte[n + Integer.BYTES];
        INT.set(buffer, filled, n);
        System.arraycopy(record.bytes(), 0, buffer, filled + Integer.BYTES, n);
        filled += n + Integer.BYTES;
        entries++;
    }

    /** Flushes what is buffered; the spool is complete. */
    void finish() {
        flush();
    }

    /** Hands every entry to {@code sink} in the order written; throws if the file is not what was written. */
    void forEach(Consumer<Entry> sink) {
        CRC32C read = new CRC32C();
        SpoolInput in = new SpoolInput();
        long position = 0;
        long count = 0;
        int kept = 0;
        try {
            long end = channel.size();
            while (position < end || kept > 0) {
                int got = fill(position, kept);
                position += got;
                if (got == 0 && position < end) throw damaged("it ends early");
                int used = 0;
                int available = kept + got;
                while (available - used >= Integer.BYTES) {
                    int n = (int) INT.get(buffer, used);
                    if (n < 0) throw damaged("a record has a negative length");
                    if (available - used - Integer.BYTES < n) break;
                    Entry e = decode(in, used + Integer.BYTES, n);
                    used += Integer.BYTES + n;
                    count++;
                    sink.accept(e);
                }
                read.update(buffer, 0, used);
                kept = available - used;
                System.arraycopy(buffer, used, buffer, 0, kept);
                if (kept > 0 && position >= end) throw damaged("it ends inside a record");
                if (kept == buffer.length) buffer = Arrays.copyOf(buffer, buffer.length * 2);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the import's entry spool " + file, e);
        }
        if (count != entries || read.getValue() != written.getValue()) throw damaged("its checksum differs");
    }

    private Entry decode(SpoolInput in, int from, int length) {
        in.window(buffer, from, from + length);
        try {
            Entry e = codec.decode(in);
            if (!in.done()) throw damaged("a record is longer than its entry");
            return e;
        } catch (RuntimeException e) {
            if (e instanceof SpoolDamagedException d) throw d;
            throw damaged(e.getMessage());
        }
    }

    private int fill(long position, int kept) throws IOException {
        ByteBuffer target = ByteBuffer.wrap(buffer, kept, buffer.length - kept);
        while (target.hasRemaining() && channel.read(target, position + target.position() - kept) > 0) {
            // fills the buffer or reaches the end
        }
        return target.position() - kept;
    }

    private SpoolDamagedException damaged(String why) {
        return new SpoolDamagedException(file, why);
    }

    private void flush() {
        written.update(buffer, 0, filled);
        ByteBuffer out = ByteBuffer.wrap(buffer, 0, filled);
        try {
            while (out.hasRemaining()) channel.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the import's entry spool " + file, e);
        }
        filled = 0;
    }

    @Override
    public void close() {
        spool.close();
    }
}
