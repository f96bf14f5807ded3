package org.custos.server.web;

import org.custos.CustosException;

/** A key made more requests than its rate allows; the client may retry after the given seconds. */
public final class RateLimitedException extends CustosException {
    private final int requestsPerSecond;

    public RateLimitedException(int requestsPerSecond) {
        super("this API key is limited to " + requestsPerSecond + " requests per second; retry after 1 second");
        this.requestsPerSecond = requestsPerSecond;
    }

    public int requestsPerSecond() {
        return requestsPerSecond;
    }
}
