package org.custos.reports.vault;

import java.io.IOException;
import java.io.InputStream;

/** Reads sealed segments one at a time and hands out their authenticated plaintext. */
final class SegmentInputStream extends InputStream {
    record Segment(int counter, boolean last, byte[] bytes) {
    }

    interface Opener {
        byte[] open(Segment segment);
    }

    private final InputStream in;
    private final Opener opener;
    private final String itemId;
    private byte[] plain = new byte[0];
    private int pos;
    private int counter;
    private boolean done;

    SegmentInputStream(InputStream in, Opener opener, String itemId) {
        this.in = in;
        this.opener = opener;
        this.itemId = itemId;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        while (pos == plain.length) {
            if (done) return -1;
            refill();
        }
        int n = Math.min(len, plain.length - pos);
        System.arraycopy(plain, pos, b, off, n);
        pos += n;
        return n;
    }

    private void refill() throws IOException {
        byte[] sealed = in.readNBytes(Segments.SIZE + Segments.TAG);
        boolean last = sealed.length < Segments.SIZE + Segments.TAG;
        if (sealed.length < Segments.TAG) {
            throw new VaultException("item " + itemId + " is truncated after segment " + (counter - 1));
        }
        plain = opener.open(new Segment(counter++, last, sealed));
        pos = 0;
        done = last;
        if (last && in.read() >= 0) throw new VaultException("item " + itemId + " has bytes after its last segment");
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
