package org.custos.server.list;

/** What an organisation may do with a list: own it, read its entries (READ grant), or only match (MATCH). */
public enum ListAccess {
    OWNER, READ, MATCH;

    public boolean readsEntries() {
        return this != MATCH;
    }
}
