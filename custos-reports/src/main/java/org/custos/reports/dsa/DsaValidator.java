package org.custos.reports.dsa;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Validates a statement of reasons in the DSA Transparency Database field set by the rules of its API
 * ({@code StatementStoreRequest} of digital-services-act/transparency-database): required fields, at least one
 * restriction, the ground's own legal-ground and explanation fields, {@code *_OTHER} values with their text,
 * {@code Y-m-d} dates within the allowed ranges, EEA territorial scope, upper-case language codes, URLs and
 * EAN-13 ids. Messages follow the API's wording ("The puid format is invalid."). Languages are checked
 * against ISO 639-1 rather than the supplied ALL_LANGUAGES list, whose extraction holds some language names
 * ("Croatian") where codes belong.
 */
public final class DsaValidator {
    private static final LocalDate MAX_DATE = LocalDate.of(2038, 1, 1);
    /** ISO 639-1 codes in upper case, as the database's language service spells them ("EN", never "en"). */
    private static final java.util.Set<String> LANGUAGES = java.util.Arrays.stream(java.util.Locale.getISOLanguages())
            .map(l -> l.toUpperCase(java.util.Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());
    private final AllowedValues allowed;

    public DsaValidator(AllowedValues allowed) {
        this.allowed = allowed;
    }

    public List<DsaViolation> validate(Map<String, ?> s) {
        Check c = new Check(s);
        c.enumValue("decision_ground", "DECISION_GROUNDS", true);
        c.enumArray("content_type", "CONTENT_TYPES", true);
        c.enumValue("category", "STATEMENT_CATEGORIES", true);
        c.enumArray("category_specification", "KEYWORDS", false);
        c.date("content_date", LocalDate.of(2000, 1, 1), true);
        c.date("application_date", LocalDate.of(2020, 1, 1), true);
        for (String end : List.of("end_date_visibility_restriction", "end_date_monetary_restriction",
                "end_date_service_restriction", "end_date_account_restriction")) c.date(end, LocalDate.MIN, false);
        c.text("decision_facts", 5000, true);
        c.enumValue("source_type", "SOURCE_TYPES", true);
        c.enumValue("automated_detection", "AUTOMATED_DETECTIONS", true);
        c.enumValue("automated_decision", "AUTOMATED_DECISIONS", true);
        c.enumValue("account_type", "ACCOUNT_TYPES", false);
        if (c.text("puid", 500, true) && !String.valueOf(s.get("puid")).matches("[a-zA-Z0-9\\-_]+")) c.fail("puid", "format is invalid");
        restrictions(c, s);
        ground(c, s);
        c.enumArray("territorial_scope", "EUROPEAN_COUNTRY_CODES", false);
        if (s.get("content_language") instanceof String l && !LANGUAGES.contains(l)) c.fail("content_language", "is invalid");
        if (c.text("decision_ground_reference_url", 500, false) && !url(String.valueOf(s.get("decision_ground_reference_url")))) {
            c.fail("decision_ground_reference_url", "must be a valid URL");
        }
        if (s.get("content_id") instanceof Map<?, ?> id && id.get("EAN-13") != null
                && !String.valueOf(id.get("EAN-13")).matches("[0-9]{13}")) c.fail("content_id.EAN-13", "format is invalid");
        return c.violations;
    }

    private void restrictions(Check c, Map<String, ?> s) {
        boolean any = c.enumArray("decision_visibility", "DECISION_VISIBILITIES", false)
                | c.enumValue("decision_monetary", "DECISION_MONETARIES", false)
                | c.enumValue("decision_provision", "DECISION_PROVISIONS", false)
                | c.enumValue("decision_account", "DECISION_ACCOUNTS", false);
        if (!any) c.fail("decision_visibility", "field is required when none of decision monetary / decision provision / decision account are present");
        other(c, s, "decision_visibility", "DECISION_VISIBILITY_OTHER");
        other(c, s, "decision_monetary", "DECISION_MONETARY_OTHER");
        other(c, s, "content_type", "CONTENT_TYPE_OTHER");
    }

    private void ground(Check c, Map<String, ?> s) {
        if ("DECISION_GROUND_ILLEGAL_CONTENT".equals(s.get("decision_ground"))) {
            c.text("illegal_content_legal_ground", 500, true);
            c.text("illegal_content_explanation", 2000, true);
        } else if ("DECISION_GROUND_INCOMPATIBLE_CONTENT".equals(s.get("decision_ground"))) {
            c.text("incompatible_content_ground", 500, true);
            c.text("incompatible_content_explanation", 2000, true);
            c.enumValue("incompatible_content_illegal", "INCOMPATIBLE_CONTENT_ILLEGALS", false);
        }
    }

    private static void other(Check c, Map<String, ?> s, String field, String otherValue) {
        Object v = s.get(field);
        boolean chosen = otherValue.equals(v) || v instanceof Collection<?> l && l.contains(otherValue);
        if (chosen) c.text(field + "_other", 500, true);
    }

    private static boolean url(String u) {
        try {
            URI uri = new URI(u);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    /** Collects violations; each check says whether the field is present and valid. */
    private final class Check {
        final Map<String, ?> s;
        final List<DsaViolation> violations = new ArrayList<>();

        Check(Map<String, ?> s) {
            this.s = s;
        }

        void fail(String field, String what) {
            violations.add(new DsaViolation(field, "The " + field.replace('_', ' ') + " " + what + "."));
        }

        boolean present(String field, boolean required) {
            Object v = s.get(field);
            boolean there = v != null && !(v instanceof Collection<?> l && l.isEmpty()) && !"".equals(v);
            if (!there && required) fail(field, "field is required");
            return there;
        }

        boolean enumValue(String field, String set, boolean required) {
            if (!present(field, required)) return false;
            if (allowed.of(set).contains(String.valueOf(s.get(field)))) return true;
            fail(field, "is invalid");
            return false;
        }

        boolean enumArray(String field, String set, boolean required) {
            if (!present(field, required)) return false;
            if (s.get(field) instanceof Collection<?> l && allowed.of(set).containsAll(l.stream().map(String::valueOf).toList())) {
                return true;
            }
            violations.add(new DsaViolation(field, "The selected " + field.replace('_', ' ') + " is invalid."));
            return false;
        }

        boolean text(String field, int max, boolean required) {
            if (!present(field, required)) return false;
            if (s.get(field) instanceof String t && t.length() <= max) return true;
            fail(field, "must be a string of at most " + max + " characters");
            return false;
        }

        void date(String field, LocalDate min, boolean required) {
            if (!present(field, required)) return;
            String v = String.valueOf(s.get(field));
            try {
                if (!v.matches("\\d{4}-\\d{2}-\\d{2}")) throw new IllegalArgumentException();
                LocalDate d = LocalDate.parse(v);
                if (d.isBefore(min) || d.isAfter(MAX_DATE)) fail(field, "is outside " + min + ".." + MAX_DATE);
            } catch (RuntimeException e) {
                fail(field, "does not match the format YYYY-MM-DD");
            }
        }
    }
}
