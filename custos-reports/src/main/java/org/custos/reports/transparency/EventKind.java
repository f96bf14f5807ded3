package org.custos.reports.transparency;

/** The countable events of the transparency figures. */
public enum EventKind {
    MATCH,
    REVIEW,
    CONFIRMED,
    FALSE_POSITIVE,
    REPORT_SENT,
    REMOVAL_NOTICE,
    REMOVED
}
