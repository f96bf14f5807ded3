package org.custos.reports.dsa;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.custos.reports.SharedFiles;
import org.custos.reports.json.JsonObject;
import org.custos.reports.json.JsonTree;
import org.junit.jupiter.api.Test;

/** The validator and the CSAM export against the Transparency Database's own data (../shared/external/dsa-tdb). */
class DsaConformanceTest {
    private final Path dir = SharedFiles.resolve("external/dsa-tdb");
    private final DsaValidator validator = new DsaValidator(AllowedValues.parse(read("allowed-values.json")));

    @Test
    void apiTestVectorsPassOrFailOnTheirField() {
        JsonObject vectors = JsonObject.of(JsonTree.read(read("api-test-vectors.json")), "vectors");
        Map<String, Object> base = vectors.object("base").members();
        int checked = 0;
        for (Object v : vectors.array("vectors")) {
            JsonObject vector = JsonObject.of(v, "vector");
            Map<String, Object> statement = new LinkedHashMap<>(base);
            statement.putAll(vector.object("patch").members());
            List<DsaViolation> violations = validator.validate(statement);
            String name = vector.requiredString("name");
            if (vector.number("expect_status") == 201) {
                assertThat(violations).as(name).isEmpty();
            } else {
                String field = vector.string("expect_error_field") != null ? vector.string("expect_error_field")
                        : vector.object("patch").members().keySet().stream().filter(f -> !f.equals("application_date")
                                || name.contains("date")).filter(f -> !f.equals("account_type")).findFirst().orElseThrow();
                assertThat(violations).as(name).extracting(DsaViolation::field).containsExactly(field);
                if (vector.string("expect_message") != null) {
                    assertThat(violations.getFirst().message()).as(name).isEqualTo(vector.string("expect_message"));
                }
            }
            checked++;
        }
        assertThat(checked).isEqualTo(10);
    }

    @Test
    void theUpstreamExampleStatementsPass() {
        assertThat(validator.validate(JsonObject.of(JsonTree.read(read("cypress-fixtures/example_statement.json")), "s").members())).isEmpty();
        List<Object> many = JsonObject.of(JsonTree.read(read("cypress-fixtures/example_multi_statements.json")), "m").array("statements");
        assertThat(many).hasSize(10);
        for (Object s : many) assertThat(validator.validate(JsonObject.of(s, "s").members())).isEmpty();
    }

    @Test
    void csamStatementsAreValidAndUseNoDeletedOrRenamedValues() {
        JsonObject taxonomy = JsonObject.of(JsonTree.read(read("cypress-fixtures/statements.json")), "taxonomy");
        List<String> stale = new ArrayList<>();
        taxonomy.array("deleted_categories").forEach(x -> stale.add((String) x));
        taxonomy.array("deleted_category_specifications").forEach(x -> stale.add((String) x));
        taxonomy.array("renamed_categories").forEach(p -> stale.add((String) ((List<?>) p).getFirst()));
        taxonomy.array("renamed_category_specifications").forEach(p -> stale.add((String) ((List<?>) p).getFirst()));
        for (boolean synthetic : new boolean[] {false, true}) {
            for (boolean reviewed : new boolean[] {false, true}) {
                Map<String, Object> s = StatementOfReasons.of(decision("d-" + synthetic + reviewed, synthetic, reviewed));
                assertThat(validator.validate(s)).isEmpty();
                assertThat(s.values().toString()).doesNotContain(stale.toArray(String[]::new));
                assertThat(s).containsEntry("category", "STATEMENT_CATEGORY_PROTECTION_OF_MINORS")
                        .containsEntry("automated_detection", "Yes").doesNotContainKey("source_identity");
            }
        }
        assertThat(StatementOfReasons.of(decision("x", true, false))).containsEntry("category_specification",
                List.of("KEYWORD_CHILD_SEXUAL_ABUSE_MATERIAL_DEEPFAKE")).containsEntry("automated_decision", "AUTOMATED_DECISION_FULLY");
    }

    @Test
    void moreThan100StatementsSplitIntoBatches() {
        List<Map<String, Object>> all = new ArrayList<>();
        for (int i = 0; i < 205; i++) all.add(StatementOfReasons.of(decision("d" + i, false, true)));
        List<String> bodies = StatementOfReasons.batches(all);
        assertThat(bodies).hasSize(3);
        assertThat(bodies).extracting(b -> JsonObject.of(JsonTree.read(b), "b").array("statements").size()).containsExactly(100, 100, 5);
        Map<String, Object> back = JsonObject.of(JsonObject.of(JsonTree.read(bodies.get(2)), "b").array("statements").getLast(), "s").members();
        assertThat(back).isEqualTo(all.getLast());
    }

    private static CsamDecision decision(String puid, boolean synthetic, boolean reviewed) {
        return new CsamDecision(puid, CsamDecision.Media.IMAGE, synthetic, true, CsamDecision.AccountAction.TERMINATED,
                reviewed, LocalDate.of(2026, 2, 27), LocalDate.of(2026, 3, 1), List.of("DE", "FR"),
                "Section 184b German Criminal Code (StGB)", "The image matched an entry of a hotline's list of known CSAM.",
                "Hash match against a curated list; upload removed and reported to the competent authority.");
    }

    private String read(String name) {
        try {
            return Files.readString(dir.resolve(name));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
