package org.custos.lists;

import java.util.Locale;
import java.util.Set;
import org.custos.Preconditions;

/** ISO 3166-1 alpha-2 country codes, as the JDK knows them; upper case on the way in. */
public final class Jurisdictions {
    private static final Set<String> CODES = Set.of(Locale.getISOCountries());

    private Jurisdictions() {
    }

    public static String check(String code, String name) {
        Preconditions.check(code != null, "%s is required", name);
        String upper = code.trim().toUpperCase(Locale.ROOT);
        Preconditions.check(CODES.contains(upper), "%s is not an ISO 3166-1 alpha-2 code: '%s'", name,
                Text.abbreviate(code));
        return upper;
    }
}
