package org.custos.reports.routing;

import org.custos.Preconditions;
import org.custos.lists.Jurisdictions;
import org.custos.reports.model.Fields;

/** A competent body that receives reports: its id in the rule file, name, jurisdiction and adapter. */
public record ReceivingBody(String id, String name, String jurisdiction, AdapterKind adapter) {
    public ReceivingBody {
        Preconditions.check(id != null && id.matches("[a-z0-9][a-z0-9-]{0,63}"), "body id is malformed: '%s'", id);
        name = Fields.required(name, Fields.SHORT, "body name");
        jurisdiction = Jurisdictions.check(jurisdiction, "body jurisdiction");
        Preconditions.checkNotNull(adapter, "body adapter");
    }
}
