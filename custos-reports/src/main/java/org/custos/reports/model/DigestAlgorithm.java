package org.custos.reports.model;

/** The cryptographic digests a content item carries, with their hex length and the name receivers use. */
public enum DigestAlgorithm {
    MD5(32, "MD5"),
    SHA1(40, "SHA1"),
    SHA256(64, "SHA256");

    private final int hexLength;
    private final String wireName;

    DigestAlgorithm(int hexLength, String wireName) {
        this.hexLength = hexLength;
        this.wireName = wireName;
    }

    public int hexLength() {
        return hexLength;
    }

    public String wireName() {
        return wireName;
    }
}
