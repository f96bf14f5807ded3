package org.custos.server.web;

import org.custos.CustosException;

/** The caller's key lacks the role an action needs; nothing was read or changed. */
public final class ForbiddenException extends CustosException {
    public ForbiddenException(String message) {
        super(message);
    }
}
