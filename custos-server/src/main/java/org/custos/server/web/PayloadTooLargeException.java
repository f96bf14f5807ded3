package org.custos.server.web;

import org.custos.CustosException;

/** A request body is larger than the server accepts; it is refused before being read whole. */
public final class PayloadTooLargeException extends CustosException {
    private final long limit;

    public PayloadTooLargeException(long limit) {
        super("the request body is larger than the limit of " + limit + " bytes");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
