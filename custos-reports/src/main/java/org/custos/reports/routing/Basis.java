package org.custos.reports.routing;

/** Why a body is competent for a report: whose jurisdiction it is, or that a body referred the report to it. */
public enum Basis {
    /** The reporting provider's jurisdiction (a US provider files with NCMEC, 18 U.S.C. § 2258A). */
    PROVIDER,
    /** The reported user's estimated location. */
    USER,
    /** Where the content is hosted. */
    HOSTING,
    /** No rule applied; the rule file's fallback body. */
    FALLBACK,
    /** A receiving authority passed the report on. */
    REFERRAL
}
