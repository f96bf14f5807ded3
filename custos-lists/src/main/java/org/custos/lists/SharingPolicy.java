package org.custos.lists;

/** Who may subscribe to a list; the server enforces it, the library only carries it. */
public enum SharingPolicy {
    OWNER_ONLY,
    COMPETENT_AUTHORITIES,
    AUTHORITIES_AND_HOTLINES,
    VETTED_PROVIDERS,
    ANY_SUBSCRIBER
}
