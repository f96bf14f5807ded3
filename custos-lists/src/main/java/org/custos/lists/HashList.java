package org.custos.lists;

import org.custos.Preconditions;
import org.custos.lists.terminology.Scheme;

/**
 * A curated list of entries owned by one organisation.
 *
 * @param id stable identifier of the list, unique per owner (e.g. {@code "nl-hotline-known"})
 * @param owner the owning organisation's name or identifier
 * @param jurisdiction the owner's jurisdiction, ISO 3166-1 alpha-2
 * @param scheme the classification scheme its entries' labels belong to
 */
public record HashList(String id, String owner, String jurisdiction, String name, ListPurpose purpose,
        Scheme scheme, SharingPolicy sharing) {
    public HashList {
        Text.check(id, Text.MAX_ID, "list id");
        Text.check(owner, Text.MAX_NAME, "list owner");
        jurisdiction = Jurisdictions.check(jurisdiction, "list jurisdiction");
        Text.check(name, Text.MAX_NAME, "list name");
        Preconditions.checkNotNull(purpose, "list purpose");
        Preconditions.checkNotNull(scheme, "list scheme");
        Preconditions.checkNotNull(sharing, "list sharing policy");
    }
}
