package org.custos.server.key;

/** What an API key may do within its organisation. */
public enum Role {
    /** Manage the organisation's keys (and, in the operator organisation, other organisations). */
    ADMIN,
    /** Create and edit lists, import, publish releases. */
    LIST_CURATOR,
    /** Match content and hashes against subscribed lists. */
    MATCHER,
    /** Review matches and cases. */
    REVIEWER,
    /** Read the organisation's audit records and verify the chain. */
    AUDITOR
}
