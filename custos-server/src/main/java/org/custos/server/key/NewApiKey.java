package org.custos.server.key;

import java.time.Duration;
import java.util.Set;
import org.custos.Preconditions;

/** A request for a key: a name, its roles, how long it lives (at most two years) and an optional rate. */
public record NewApiKey(String name, Set<Role> roles, Integer validDays, Integer requestsPerSecond) {
    public static final int DEFAULT_VALID_DAYS = 90;
    public static final int MAX_VALID_DAYS = 730;

    public NewApiKey {
        Preconditions.check(name != null && !name.isBlank() && name.length() <= 200,
                "a key name is 1 to 200 characters, was %s", name == null ? "missing" : name.length() + "");
        Preconditions.check(roles != null && !roles.isEmpty() && !roles.contains(null),
                "a key needs at least one role of %s", java.util.Arrays.toString(Role.values()));
        roles = Set.copyOf(roles);
        validDays = validDays == null ? DEFAULT_VALID_DAYS : validDays;
        Preconditions.checkRange(validDays, 1, MAX_VALID_DAYS, "validDays");
        if (requestsPerSecond != null) {
            Preconditions.checkRange(requestsPerSecond, 1, 1_000_000, "requestsPerSecond");
        }
    }

    public Duration validity() {
        return Duration.ofDays(validDays);
    }
}
