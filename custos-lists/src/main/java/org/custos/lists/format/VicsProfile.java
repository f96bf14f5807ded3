package org.custos.lists.format;

import org.custos.lists.ListFormatException;
import org.custos.lists.terminology.Scheme;

/**
 * The VICS version and profile a file declares in its metadata URL
 * ({@code .../DataModels/2.0.xml/US/$metadata#Media}). The profile must agree with the scheme chosen to read
 * the categories: US with {@code projectvic-us-v2} or {@code dhs-legacy}, UK with {@code uk}; {@code Default}
 * with any.
 */
final class VicsProfile {
    private String version = "";
    private String name = "";

    void read(String member, String url, FormatOptions options) {
        Scheme scheme = options.scheme();
        version = member.equals("@odata.context") ? "2.0" : "1.x";
        String[] parts = url.split("/");
        for (int i = 0; i + 1 < parts.length; i++) {
            if (parts[i].endsWith(".xml")) name = parts[i + 1];
        }
        boolean ok = switch (name) {
            case "US" -> scheme == Scheme.PROJECT_VIC_US_V2 || scheme == Scheme.DHS_LEGACY;
            case "UK" -> scheme == Scheme.UK;
            default -> true;
        };
        if (!ok) throw new ListFormatException(options.source(), 0, member, url,
                "the VICS profile " + name + " does not use the chosen scheme " + scheme.token());
    }

    String version() {
        return version;
    }

    String name() {
        return name;
    }

    static String forScheme(Scheme scheme) {
        return switch (scheme) {
            case PROJECT_VIC_US_V2, DHS_LEGACY -> "US";
            case UK -> "UK";
            default -> "Default";
        };
    }
}
