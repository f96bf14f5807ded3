package org.custos.server.match;

/**
 * One precomputed hash to match: its type ({@code pdq}, {@code md5}, {@code sha1}, {@code sha256},
 * {@code video_md5}, {@code vpdq}), value (for vpdq the JSON signal string of python-threatexchange), and for
 * PDQ the quality if known.
 */
public record HashQuery(String type, String value, Integer quality) {
    /** Without the value: a queried hash must never reach a log, even at debug level (invariant 1). */
    @Override
    public String toString() {
        return "HashQuery[type=" + type + "]";
    }
}
