package org.custos.reports.vault;

/** What sealing an item learnt of its plaintext: size and SHA-256, for the custody record and later checks. */
public record SealedItem(String itemId, long size, String sha256) {
}
