package org.custos.lists.format;

import java.util.List;

/**
 * The columns of the plain Custos CSV. Signal columns are named by signal type token; {@code tags} and
 * {@code legality} hold {@code |}-separated values ({@code legality} as {@code CC:STATUS}); {@code added} is an
 * ISO-8601 instant or date. Attestations do not fit a cell: JSON Lines carries them.
 */
final class CsvColumns {
    static final List<String> ALL = List.of("id", "status", "md5", "sha1", "sha256", "pdq", "pdq_quality",
            "video_md5", "photodna", "tmk_pdqf", "vpdq", "netclean", "videntifier", "ssvh_pdna", "ssvh_safer_hash",
            "classification", "legality",
            "tags", "series", "contributor", "added");

    static final List<String> SIGNALS = java.util.Arrays.stream(org.custos.lists.SignalType.values())
            .map(org.custos.lists.SignalType::token).toList();

    private CsvColumns() {
    }
}
