package org.custos.lists.terminology;

import java.util.Locale;
import org.custos.InvalidValueException;

/**
 * The classification schemes Custos maps to its common terms. Project VIC's current US categories and the
 * legacy DHS numbering share numbers with different meanings, so each is its own scheme and a VICS file is
 * read with an explicitly chosen one. {@code UNCLASSIFIED} is for sources without classification (one hash per
 * line, StopNCII) and allowlists: its entries carry no label.
 */
public enum Scheme {
    UNCLASSIFIED("unclassified"),
    CUSTOS("custos"),
    UK("uk"),
    US_INDUSTRY("us-industry"),
    PROJECT_VIC_US_V2("projectvic-us-v2"),
    DHS_LEGACY("dhs-legacy"),
    INTERPOL_BASELINE("interpol-baseline"),
    INHOPE("inhope"),
    C3P("c3p"),
    EU_DSA("eu-dsa");

    private final String token;

    Scheme(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }

    public static Scheme ofToken(String token) {
        String t = token == null ? "" : token.trim().toLowerCase(Locale.ROOT);
        for (Scheme s : values()) {
            if (s.token.equals(t)) return s;
        }
        throw new InvalidValueException("unknown classification scheme '" + token + "'; known: "
                + java.util.Arrays.stream(values()).map(Scheme::token).toList());
    }
}
