package org.custos.server.web;

import org.custos.CustosException;

/** The body came in a form the endpoint cannot read (a form where a raw file is expected); nothing was read. */
public final class UnsupportedMediaTypeException extends CustosException {
    public UnsupportedMediaTypeException(String message) {
        super(message);
    }
}
