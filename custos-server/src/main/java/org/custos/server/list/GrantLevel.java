package org.custos.server.list;

/** The right an owner grants another organisation on a list. */
public enum GrantLevel {
    /** Use the list for matching; its entries stay unreadable. */
    MATCH,
    /** Match, and read the entries. */
    READ;

    ListAccess access() {
        return this == READ ? ListAccess.READ : ListAccess.MATCH;
    }
}
