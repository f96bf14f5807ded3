package org.custos.server.web;

import org.custos.CustosException;

/** The request contradicts what is stored (a duplicate name, a revoked key); nothing was changed. */
public final class ConflictException extends CustosException {
    public ConflictException(String message) {
        super(message);
    }
}
