package org.custos.index;

import java.util.List;

/** One layout of the rows of a {@link DigestIndex}: finds the entries of a digest already checked for length. */
interface ExactTable {
    List<DigestMatch> find(byte[] digest);

    /** Bytes held by the table's arrays. */
    long bytes();
}
