package org.custos.server.web;

import org.custos.CustosException;

/** No valid API key came with the request (missing, malformed, unknown, revoked or expired). */
public final class AuthenticationFailedException extends CustosException {
    public AuthenticationFailedException(String message) {
        super(message);
    }
}
