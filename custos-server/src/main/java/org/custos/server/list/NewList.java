package org.custos.server.list;

import org.custos.Preconditions;
import org.custos.lists.ListPurpose;

/** A request to create a list; the scheme is a custos-lists token ({@code custos}, {@code uk}...). */
public record NewList(String name, ListPurpose purpose, String scheme, Integer pdqThreshold) {
    public static final int DEFAULT_PDQ_THRESHOLD = 31;

    public NewList {
        Preconditions.check(name != null && !name.isBlank() && name.length() <= 200,
                "a list name is 1 to 200 characters, was %s", name == null ? "missing" : name.length() + "");
        Preconditions.checkNotNull(purpose, "purpose");
        scheme = scheme == null ? "unclassified" : scheme;
        org.custos.lists.terminology.Scheme.ofToken(scheme);
        pdqThreshold = pdqThreshold == null ? DEFAULT_PDQ_THRESHOLD : pdqThreshold;
        Preconditions.checkRange(pdqThreshold, 0, 64, "pdqThreshold");
    }
}
