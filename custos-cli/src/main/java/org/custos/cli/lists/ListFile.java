package org.custos.cli.lists;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.custos.InvalidValueException;
import org.custos.lists.HashList;
import org.custos.lists.ListPurpose;
import org.custos.lists.SharingPolicy;
import org.custos.lists.terminology.Scheme;

/**
 * A list's description for the command line: {@code key = value} lines {@code id}, {@code owner},
 * {@code jurisdiction}, {@code name}, {@code purpose}, {@code scheme}, {@code sharing}.
 */
final class ListFile {
    private ListFile() {
    }

    static HashList read(Path file) throws IOException {
        Map<String, String> m = new HashMap<>();
        for (String line : Files.readAllLines(file)) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) continue;
            int eq = l.indexOf('=');
            if (eq < 0) throw new InvalidValueException(file + ": '" + l + "' is not key = value");
            m.put(l.substring(0, eq).strip(), l.substring(eq + 1).strip());
        }
        return new HashList(m.get("id"), m.get("owner"), m.get("jurisdiction"), m.get("name"),
                ListPurpose.valueOf(upper(m, "purpose", file)), Scheme.ofToken(m.get("scheme")),
                SharingPolicy.valueOf(upper(m, "sharing", file)));
    }

    private static String upper(Map<String, String> m, String key, Path file) {
        String v = m.get(key);
        if (v == null) throw new InvalidValueException(file + " lacks '" + key + "'");
        return v.toUpperCase(Locale.ROOT);
    }
}
