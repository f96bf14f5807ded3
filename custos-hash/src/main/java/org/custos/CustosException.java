package org.custos;

/**
 * The one unchecked root of every exception Custos throws on purpose. Subclasses name the problem and carry
 * its context (the file, the record, the value); adapters map them to exit codes or HTTP statuses in one place.
 */
public class CustosException extends RuntimeException {
    public CustosException(String message) {
        super(message);
    }

    public CustosException(String message, Throwable cause) {
        super(message, cause);
    }
}
