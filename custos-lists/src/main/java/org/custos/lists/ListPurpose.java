package org.custos.lists;

/** Why a list exists, which decides what a match against it means. */
public enum ListPurpose {
    /** Known CSAM, verified by the owner. */
    KNOWN_CSAM,
    /** Exploitative material that is not illegal everywhere (the "harmful-abusive" of some schemes). */
    EXPLOITATIVE_NOT_ILLEGAL,
    /** Known benign items that collide with list entries (false positives): a match here cancels others. */
    ALLOWLIST
}
