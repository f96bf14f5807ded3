package org.custos.reports.dsa;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.custos.lists.format.Json;
import tools.jackson.core.JsonGenerator;

/**
 * Statements of reasons (DSA Art. 17, submitted under Art. 24(5)) in the Transparency Database field set. A CSAM
 * decision becomes: ground {@code DECISION_GROUND_ILLEGAL_CONTENT} with its legal ground and explanation,
 * category {@code STATEMENT_CATEGORY_PROTECTION_OF_MINORS} with {@code KEYWORD_CHILD_SEXUAL_ABUSE_MATERIAL}
 * (or {@code …_DEEPFAKE} and {@code CONTENT_TYPE_SYNTHETIC_MEDIA} for synthetic media), detection {@code Yes}
 * (a hash match), decision {@code PARTIALLY} automated when a person reviewed it and {@code FULLY} otherwise,
 * source {@code SOURCE_VOLUNTARY} (own initiative, so no source identity). The API takes at most 100 statements
 * per batch body.
 */
public final class StatementOfReasons {
    public static final int MAX_BATCH = 100;

    private StatementOfReasons() {
    }

    public static Map<String, Object> of(CsamDecision d) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("puid", d.puid());
        s.put("decision_visibility", List.of(d.removed() ? "DECISION_VISIBILITY_CONTENT_REMOVED" : "DECISION_VISIBILITY_CONTENT_DISABLED"));
        if (d.account() != CsamDecision.AccountAction.NONE) s.put("decision_account", "DECISION_ACCOUNT_" + d.account().name());
        s.put("decision_ground", "DECISION_GROUND_ILLEGAL_CONTENT");
        s.put("illegal_content_legal_ground", d.legalGround());
        s.put("illegal_content_explanation", d.explanation());
        List<String> types = new ArrayList<>(List.of("CONTENT_TYPE_" + d.media().name()));
        if (d.synthetic()) types.add("CONTENT_TYPE_SYNTHETIC_MEDIA");
        s.put("content_type", types);
        s.put("category", "STATEMENT_CATEGORY_PROTECTION_OF_MINORS");
        s.put("category_specification", List.of(d.synthetic() ? "KEYWORD_CHILD_SEXUAL_ABUSE_MATERIAL_DEEPFAKE"
                : "KEYWORD_CHILD_SEXUAL_ABUSE_MATERIAL"));
        if (!d.territorialScope().isEmpty()) s.put("territorial_scope", d.territorialScope());
        s.put("content_date", d.contentDate().toString());
        s.put("application_date", d.applicationDate().toString());
        s.put("decision_facts", d.facts());
        s.put("source_type", "SOURCE_VOLUNTARY");
        s.put("automated_detection", "Yes");
        s.put("automated_decision", d.humanReviewed() ? "AUTOMATED_DECISION_PARTIALLY" : "AUTOMATED_DECISION_FULLY");
        return s;
    }

    /** Batch bodies for {@code POST /api/v1/statements}: {@code {"statements":[…]}}, at most 100 each. */
    public static List<String> batches(List<Map<String, Object>> statements) {
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < statements.size(); i += MAX_BATCH) {
            bodies.add(json(statements.subList(i, Math.min(i + MAX_BATCH, statements.size()))));
        }
        return bodies;
    }

    private static String json(List<Map<String, Object>> statements) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = Json.generator(out)) {
            g.writeStartObject().writeName("statements").writeStartArray();
            statements.forEach(s -> value(g, s));
            g.writeEndArray().writeEndObject();
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void value(JsonGenerator g, Object v) {
        switch (v) {
            case null -> g.writeNull();
            case Map<?, ?> m -> {
                g.writeStartObject();
                m.forEach((k, x) -> value(g.writeName(String.valueOf(k)), x));
                g.writeEndObject();
            }
            case Collection<?> c -> {
                g.writeStartArray();
                c.forEach(x -> value(g, x));
                g.writeEndArray();
            }
            case Boolean b -> g.writeBoolean(b);
            case Long n -> g.writeNumber(n);
            default -> g.writeString(String.valueOf(v));
        }
    }
}
