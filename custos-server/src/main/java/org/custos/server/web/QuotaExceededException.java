package org.custos.server.web;

import org.custos.CustosException;

/** A daily allowance is used up (such as a reviewer's content views); it renews at the next UTC midnight. */
public final class QuotaExceededException extends CustosException {
    public QuotaExceededException(String what, int perDay) {
        super(what + " is limited to " + perDay + " a day; the allowance renews at 00:00 UTC");
    }
}
