package org.custos.lists.terminology;

/**
 * Whether a label asserts international consensus. {@code BASELINE}: the INTERPOL / INHOPE baseline, illegal
 * in virtually every country; {@code NATIONAL}: illegal where classified and explicitly outside the baseline;
 * {@code NOT_RECORDED}: the scheme does not say (national schemes such as UK A/B/C or US A1–B2 do not assert
 * baseline membership either way, even for their most severe categories).
 */
public enum Scope {
    BASELINE,
    NATIONAL,
    NOT_RECORDED
}
