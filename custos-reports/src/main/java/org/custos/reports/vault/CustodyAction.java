package org.custos.reports.vault;

/** What happened to evidence, for the chain-of-custody log. */
public enum CustodyAction {
    STORED,
    VIEWED,
    EXPORTED,
    HOLD_PLACED,
    HOLD_RELEASED,
    SHREDDED
}
