package org.custos.reports.dsa;

/** One failed rule of a statement of reasons: the field (dotted for nested ones) and the message. */
public record DsaViolation(String field, String message) {
}
