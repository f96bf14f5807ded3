package org.custos.video.tmk;

import org.custos.CustosException;

/** A {@code .tmk} file is malformed; carries the field and the byte offset where the problem was found. */
public final class TmkFormatException extends CustosException {
    private final String field;
    private final long offset;

    public TmkFormatException(String field, long offset, String problem) {
        super(".tmk " + field + " at byte " + offset + ": " + problem);
        this.field = field;
        this.offset = offset;
    }

    public String field() {
        return field;
    }

    public long offset() {
        return offset;
    }
}
