package org.custos.reports.routing;

/** Which delivery adapter speaks to a body; endpoints and credentials are the server's configuration. */
public enum AdapterKind {
    CYBERTIPLINE,
    WEBHOOK,
    CUSTOS
}
