package org.custos.server.web;

import org.custos.CustosException;

/**
 * Nothing of that kind with that id is visible to the caller. Also the answer for another organisation's
 * data, so a caller cannot learn what exists elsewhere.
 */
public final class NotFoundException extends CustosException {
    private final String kind;
    private final String id;

    public NotFoundException(String kind, Object id) {
        super("no " + kind + " " + id);
        this.kind = kind;
        this.id = String.valueOf(id);
    }

    public String kind() {
        return kind;
    }

    public String id() {
        return id;
    }
}
