package org.custos.index;

/** The cryptographic digests an exact index holds, with their lengths in bytes. */
public enum DigestType {
    MD5(16), SHA1(20), SHA256(32);

    private final int bytes;

    DigestType(int bytes) {
        this.bytes = bytes;
    }

    public int bytes() {
        return bytes;
    }

    /** Longs per digest: the digest big-endian, the last long zero-padded (SHA-1). */
    int words() {
        return (bytes + 7) / 8;
    }
}
