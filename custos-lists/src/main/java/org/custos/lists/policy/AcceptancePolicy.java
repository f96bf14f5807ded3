package org.custos.lists.policy;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.custos.InvalidValueException;
import org.custos.Preconditions;
import org.custos.lists.Entry;
import org.custos.lists.EntryStatus;
import org.custos.lists.terminology.CommonCategory;
import org.custos.lists.terminology.Scope;

/**
 * A subscriber's rule for which entries of a list are active for matching, as data. Withdrawn and deleted
 * entries are never active. Beyond that an entry must have at least {@code minAttestations} attestations from
 * at least {@code minJurisdictions} distinct jurisdictions, be in the baseline scope if {@code baselineOnly}, not
 * be disputed if {@code ignoreDisputed}, and have a common category in {@code categories} when that set is not
 * empty (an unclassified entry then never passes).
 *
 * <p>Text form, one {@code key = value} per line, {@code #} comments: {@code min-attestations},
 * {@code min-jurisdictions}, {@code baseline-only}, {@code ignore-disputed}, {@code categories} (comma-separated
 * common category names). An unknown key is an error.
 */
public record AcceptancePolicy(int minAttestations, int minJurisdictions, boolean baselineOnly,
        boolean ignoreDisputed, Set<CommonCategory> categories) {
    /** Everything not withdrawn or deleted. */
    public static final AcceptancePolicy ALL = new AcceptancePolicy(0, 0, false, false, Set.of());

    public AcceptancePolicy {
        Preconditions.checkRange(minAttestations, 0, 1000, "min-attestations");
        Preconditions.checkRange(minJurisdictions, 0, 300, "min-jurisdictions");
        categories = categories.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(categories));
    }

    public boolean accepts(Entry e) {
        if (e.status().tombstone() || ignoreDisputed && e.status() == EntryStatus.DISPUTED) return false;
        if (e.provenance().attestations().size() < minAttestations) return false;
        if (e.provenance().jurisdictionCount() < minJurisdictions) return false;
        var common = e.classification() == null ? null : e.classification().common();
        if (baselineOnly && (common == null || common.scope() != Scope.BASELINE)) return false;
        return categories.isEmpty() || common != null && categories.contains(common.category());
    }

    public static AcceptancePolicy parse(String text) {
        int attestations = 0;
        int jurisdictions = 0;
        boolean baseline = false;
        boolean disputed = false;
        Set<CommonCategory> categories = EnumSet.noneOf(CommonCategory.class);
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            int eq = line.indexOf('=');
            if (eq < 0) throw new InvalidValueException("policy line " + (i + 1) + " is not key = value: '" + line + "'");
            String key = line.substring(0, eq).strip();
            String value = line.substring(eq + 1).strip();
            switch (key) {
                case "min-attestations" -> attestations = integer(key, value);
                case "min-jurisdictions" -> jurisdictions = integer(key, value);
                case "baseline-only" -> baseline = bool(key, value);
                case "ignore-disputed" -> disputed = bool(key, value);
                case "categories" -> {
                    for (String c : value.split(",")) categories.add(category(c.strip()));
                }
                default -> throw new InvalidValueException("policy line " + (i + 1) + ": unknown key '" + key + "'");
            }
        }
        return new AcceptancePolicy(attestations, jurisdictions, baseline, disputed, categories);
    }

    private static int integer(String key, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new InvalidValueException(key + " must be a whole number, was '" + value + "'");
        }
    }

    private static boolean bool(String key, String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes" -> true;
            case "false", "no" -> false;
            default -> throw new InvalidValueException(key + " must be true or false, was '" + value + "'");
        };
    }

    private static CommonCategory category(String name) {
        return org.custos.lists.Enums.parse(CommonCategory.class, name, "common category");
    }
}
