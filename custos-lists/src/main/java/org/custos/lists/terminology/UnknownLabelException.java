package org.custos.lists.terminology;

import org.custos.CustosException;

/** A classification label that its scheme's mapping does not define: never defaulted, always refused. */
public class UnknownLabelException extends CustosException {
    private final Scheme scheme;
    private final String label;

    public UnknownLabelException(Scheme scheme, String label, java.util.Collection<String> known) {
        super("unknown label '" + label + "' in classification scheme " + scheme.token() + "; known: " + known);
        this.scheme = scheme;
        this.label = label;
    }

    public Scheme scheme() {
        return scheme;
    }

    public String label() {
        return label;
    }
}
