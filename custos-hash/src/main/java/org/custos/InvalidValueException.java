package org.custos;

/** A value given at a boundary (a hash, an argument, a field) is malformed; the message names the value. */
public class InvalidValueException extends CustosException {
    public InvalidValueException(String message) {
        super(message);
    }
}
