package org.custos.server.organisation;

/** What an organisation is: a competent authority, a hotline, or a provider of an online service. */
public enum OrganisationKind {
    AUTHORITY, HOTLINE, PROVIDER
}
