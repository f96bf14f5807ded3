package org.custos.reports.model;

import org.custos.Preconditions;

/** The person a receiving body can reach at the reporting organisation. */
public record Contact(String firstName, String lastName, String email) {
    public Contact {
        firstName = Fields.required(firstName, Fields.SHORT, "contact first name");
        lastName = Fields.required(lastName, Fields.SHORT, "contact last name");
        email = Fields.required(email, Fields.SHORT, "contact email");
        Preconditions.check(email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"), "contact email is not an address: '%s'", email);
    }
}
