package org.custos.video;

import static org.bytedeco.ffmpeg.global.avformat.*;
import static org.bytedeco.ffmpeg.global.avutil.*;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.bytedeco.ffmpeg.avformat.AVIOContext;
import org.bytedeco.ffmpeg.avformat.Read_packet_Pointer_BytePointer_int;
import org.bytedeco.ffmpeg.avformat.Seek_Pointer_long_int;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.LongPointer;
import org.bytedeco.javacpp.Pointer;

/**
 * An FFmpeg {@code AVIOContext} over a byte array, so a video is demuxed from memory and never touches disk.
 * FFmpeg pulls bytes through a read callback and moves through a seek callback (MP4 may keep its {@code moov}
 * at the end, so the demuxer seeks to it and back): {@code SEEK_SET/CUR/END} move the position within
 * {@code [0, length]}, {@code AVSEEK_SIZE} answers the length, and {@code AVSEEK_FORCE} is ignored (every seek
 * is cheap here). See libavformat/avio.h, {@code avio_alloc_context}.
 *
 * JavaCPP backs each callback object with a native thunk from a small fixed pool, so there is one read and one
 * seek callback for the whole process; each input is found by its {@code opaque} pointer, which holds a unique
 * id. Closing frees the IO buffer (FFmpeg may have replaced the one given), the context and the opaque cell.
 */
final class MemoryInput implements AutoCloseable {
    private static final int BUFFER_SIZE = 1 << 15;
    private static final int SEEK_SET = 0;
    private static final int SEEK_CUR = 1;
    private static final int SEEK_END = 2;
    /** {@code AVERROR(EINVAL)} on Linux: a seek outside the content. */
    private static final int EINVAL = -22;
    private static final AtomicLong IDS = new AtomicLong();
    private static final Map<Long, MemoryInput> OPEN = new ConcurrentHashMap<>();
    private static final Read_packet_Pointer_BytePointer_int READ = new Read_packet_Pointer_BytePointer_int() {
        @Override
        public int call(Pointer opaque, BytePointer buffer, int size) {
            MemoryInput input = OPEN.get(new LongPointer(opaque).get());
            return input == null ? AVERROR_EOF : input.read(buffer, size);
        }
    };
    private static final Seek_Pointer_long_int SEEK = new Seek_Pointer_long_int() {
        @Override
        public long call(Pointer opaque, long offset, int whence) {
            MemoryInput input = OPEN.get(new LongPointer(opaque).get());
            return input == null ? AVERROR_EOF : input.seek(offset, whence);
        }
    };

    private final byte[] content;
    private final long id = IDS.incrementAndGet();
    private final LongPointer opaque = new LongPointer(1);
    private final AVIOContext context;
    private int position;

    MemoryInput(byte[] content) {
        this.content = content;
        opaque.put(0, id);
        BytePointer buffer = new BytePointer(av_malloc(BUFFER_SIZE)).capacity(BUFFER_SIZE);
        OPEN.put(id, this);
        AVIOContext io = avio_alloc_context(buffer, BUFFER_SIZE, 0, opaque, READ, null, SEEK);
        if (io == null || io.isNull()) {
            av_free(buffer);
            release();
            throw new OutOfMemoryError("FFmpeg could not allocate an IO context");
        }
        context = io;
    }

    /** Inputs not yet closed, process-wide: 0 when no hashing is under way, whatever path the last one took. */
    static int openCount() {
        return OPEN.size();
    }

    AVIOContext context() {
        return context;
    }

    private int read(BytePointer buffer, int size) {
        int count = Math.min(size, content.length - position);
        if (count <= 0) {
            return AVERROR_EOF;
        }
        buffer.put(content, position, count);
        position += count;
        return count;
    }

    private long seek(long offset, int whence) {
        int mode = whence & ~AVSEEK_FORCE;
        if (mode == AVSEEK_SIZE) {
            return content.length;
        }
        long target = switch (mode) {
            case SEEK_SET -> offset;
            case SEEK_CUR -> position + offset;
            case SEEK_END -> content.length + offset;
            default -> -1;
        };
        if (target < 0 || target > content.length) {
            return EINVAL;
        }
        position = (int) target;
        return target;
    }

    @Override
    public void close() {
        av_free(context.buffer());
        avio_context_free(context);
        release();
    }

    private void release() {
        OPEN.remove(id);
        opaque.close();
    }
}
