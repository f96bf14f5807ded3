package org.custos.server.review;

import org.custos.InvalidValueException;

/**
 * How a provider groups its matches into a case: by the account that uploaded (preferred), else by the
 * upload batch; with neither, the matches of one request form their own case. Kept exactly as given and
 * stored only when something matched; never in logs or error messages, so {@link #toString} hides them.
 */
public record Grouping(String account, String batch) {
    public static final int MAX_LENGTH = 256;
    public static final Grouping NONE = new Grouping(null, null);

    public Grouping {
        account = checked(account, "account");
        batch = checked(batch, "batch");
    }

    private static String checked(String value, String field) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (value.length() > MAX_LENGTH) {
            throw new InvalidValueException(field + " must be at most " + MAX_LENGTH + " characters, was "
                    + value.length());
        }
        return value;
    }

    @Override
    public String toString() {
        return "Grouping[account " + (account == null ? "absent" : "given") + ", batch "
                + (batch == null ? "absent" : "given") + "]";
    }
}
