package org.custos.reports.model;

import org.custos.Preconditions;
import org.custos.lists.Jurisdictions;

/** The organisation that files a report: its Custos id, name, jurisdiction (ISO 3166-1 alpha-2) and contact. */
public record ReportingOrganisation(String organisationId, String name, String jurisdiction, Contact contact) {
    public ReportingOrganisation {
        organisationId = Fields.required(organisationId, Fields.SHORT, "organisation id");
        name = Fields.required(name, Fields.SHORT, "organisation name");
        jurisdiction = Jurisdictions.check(jurisdiction, "organisation jurisdiction");
        Preconditions.checkNotNull(contact, "organisation contact");
    }
}
