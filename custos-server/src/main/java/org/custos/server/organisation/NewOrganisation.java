package org.custos.server.organisation;

import java.util.Locale;
import org.custos.Preconditions;

/** The request to create an organisation: a name, a kind and an ISO 3166-1 alpha-2 jurisdiction. */
public record NewOrganisation(String name, OrganisationKind kind, String jurisdiction) {
    public NewOrganisation {
        name = checkName(name);
        Preconditions.checkNotNull(kind, "kind");
        jurisdiction = checkJurisdiction(jurisdiction);
    }

    static String checkName(String name) {
        Preconditions.check(name != null && !name.isBlank() && name.length() <= 200,
                "an organisation name is 1 to 200 characters, was %s",
                name == null ? "missing" : name.length() + " characters");
        return name.strip();
    }

    static String checkJurisdiction(String jurisdiction) {
        Preconditions.check(jurisdiction != null && jurisdiction.matches("[A-Za-z]{2}"),
                "a jurisdiction is an ISO 3166-1 alpha-2 code such as LU, was '%s'", jurisdiction);
        return jurisdiction.toUpperCase(Locale.ROOT);
    }
}
