package org.custos.lists.terminology;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.custos.CustosException;

/**
 * One scheme's mapping file: {@code # version: n} then lines {@code label TAB category TAB age TAB scope TAB
 * note}. A label cell may list other accepted spellings after {@code |} ({@code 1|CAT-1}); the first is the
 * one Custos stores. Spellings are matched case-insensitively.
 */
record Mapping(Scheme scheme, int version, Map<String, CommonLabel> labels, Map<String, String> spellings) {
    static Mapping load(Scheme scheme) {
        String name = scheme.token() + ".tsv";
        try (InputStream in = Mapping.class.getResourceAsStream(name)) {
            if (in == null) throw new CustosException("no mapping file " + name + " for scheme " + scheme.token());
            return parse(scheme, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Mapping parse(Scheme scheme, BufferedReader reader) throws IOException {
        Map<String, CommonLabel> labels = new LinkedHashMap<>();
        Map<String, String> spellings = new HashMap<>();
        int version = 0;
        String line;
        for (int n = 1; (line = reader.readLine()) != null; n++) {
            if (line.startsWith("# version:")) version = Integer.parseInt(line.substring(10).trim());
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t");
            if (f.length < 4) throw new CustosException(scheme.token() + ".tsv line " + n + ": needs 4 columns");
            String[] names = f[0].split("\\|");
            labels.put(names[0], new CommonLabel(CommonCategory.valueOf(f[1]), AgeGroup.valueOf(f[2]),
                    Scope.valueOf(f[3])));
            for (String s : names) spellings.put(s.toUpperCase(Locale.ROOT), names[0]);
        }
        return new Mapping(scheme, version, Map.copyOf(labels), Map.copyOf(spellings));
    }

    /** The stored spelling of {@code label}, or {@code null}. */
    String canonical(String label) {
        String exact = spellings.get(label);
        return exact != null ? exact : spellings.get(label.trim().toUpperCase(Locale.ROOT));
    }
}
