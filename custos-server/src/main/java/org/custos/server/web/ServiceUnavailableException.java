package org.custos.server.web;

import org.custos.CustosException;

/** The server cannot answer correctly yet (the index is still loading); the client should retry shortly. */
public final class ServiceUnavailableException extends CustosException {
    public ServiceUnavailableException(String message) {
        super(message);
    }
}
