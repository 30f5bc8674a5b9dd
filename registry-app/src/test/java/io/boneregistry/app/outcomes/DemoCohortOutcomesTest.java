package io.boneregistry.app.outcomes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.boneregistry.app.DemoRegistryTest;
import io.boneregistry.app.ReadModels;
import io.boneregistry.cohort.DemoCohort;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.boneregistry.app.TestRequesters.MANAGER;
import static io.boneregistry.app.TestRequesters.getAs;
import static io.boneregistry.app.TestRequesters.postAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The outcome statistics on the demo cohort, loaded through the real command path at start-up:
 * every benchmark answers, the deliberately worse centre and operator are found, rebuilding any
 * projection gives the same rows, and an independent script recounts the published numbers from
 * the analysis dataset.
 */
@DemoRegistryTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoCohortOutcomesTest {

    @Autowired
    private MockMvc mvc;
    @Autowired
    private ObjectMapper json;
    @Autowired
    private JdbcTemplate jdbc;

    @BeforeAll
    void everyProjectionHasReadTheWholeCohort() {
        ReadModels.awaitCaughtUp(mvc, json, Duration.ofMinutes(3));
    }

    @Test
    void everyBenchmarkAnswersOnTheDemoCohort() throws Exception {
        JsonNode report = read("/api/outcomes/benchmarks");
        assertThat(report.get("rows").findValuesAsText("benchmarkId")).hasSize(22).doesNotHaveDuplicates();
        for (JsonNode row : report.get("rows")) {
            assertThat(row.get("n").asInt()).as(row.get("benchmarkId").asText()).isPositive();
            assertThat(row.get("verdict").asText()).isIn("BETTER", "WITHIN", "WORSE", "INSUFFICIENT_DATA");
        }
        assertThat(report.at("/settings/painWindowTarget").asInt()).isEqualTo(28);
    }

    @Test
    void deliberatelyWorseCentreStandsAboveTheAlarmLimitOnCementLeak() throws Exception {
        JsonNode funnel = read("/api/outcomes/funnel?benchmarkId=BM-CEMENT-LEAK&by=centre");
        for (JsonNode unit : funnel.get("units")) {
            boolean worseCentre = unit.get("unit").asText().equals(DemoCohort.WORSE_CENTRE);
            assertThat(unit.get("outside998").isNull()).as(unit.get("unit").asText()).isEqualTo(!worseCentre);
            if (worseCentre) {
                assertThat(unit.get("outside998").asText()).isEqualTo("ABOVE");
                assertThat(unit.get("worse").asBoolean()).isTrue();
            }
        }
        List<Integer> unitSizes = funnel.get("units").findValues("n").stream().map(JsonNode::asInt).toList();
        List<Integer> limitSizes = funnel.get("limits").findValues("n").stream().map(JsonNode::asInt).toList();
        assertThat(limitSizes).as("limits drawn up to the largest unit, and at each unit's n").containsAll(unitSizes)
                .last().isEqualTo(unitSizes.stream().max(Integer::compare).orElseThrow());
    }

    @Test
    void deliberatelyWorseOperatorsCusumSignals() throws Exception {
        JsonNode cusum = read("/api/outcomes/cusum?benchmarkId=BM-CEMENT-PAIN&operatorId=" + DemoCohort.WORSE_OPERATOR);
        assertThat(cusum.get("signals")).isNotEmpty();
        assertThat(cusum.at("/signals/0/procedureId").asText()).isNotBlank();
        assertThat(cusum.get("p1").asDouble()).isEqualTo(2 * cusum.get("p0").asDouble());
    }

    @Test
    void survivalAndConformanceAnswerOnTheDemoCohort() throws Exception {
        JsonNode palliation = read("/api/outcomes/survival?endpoint=PAIN_PALLIATION&technique=ETHANOL");
        assertThat(palliation.get("n").asInt()).isPositive();
        assertThat(palliation.get("median").asDouble()).isBetween(10.0, 52.0);
        JsonNode recurrence = read("/api/outcomes/survival?endpoint=LOCAL_RECURRENCE&diagnosis=OSTEOID_OSTEOMA");
        assertThat(recurrence.get("events").asInt()).isPositive();
        JsonNode conformance = read("/api/quality/conformance");
        JsonNode contrast = findRule(conformance, "R-ETHANOL-CONTRAST");
        assertThat(contrast.get("appliedCases").asInt()).isGreaterThan(contrast.get("deviatingCases").asInt()).isPositive();
        assertThat(contrast.get("deviations")).isNotEmpty();
    }

    @Test
    void publishedNumbersAreReproducibleFromTheAnalysisDatasetAlone() throws Exception {
        Path folder = Files.createDirectories(Path.of("target", "reproduce"));
        Path dataset = folder.resolve("dataset.json");
        Path benchmarks = folder.resolve("benchmarks.json");
        Path script = folder.resolve("reproduce_benchmarks.py");
        Files.writeString(dataset, body("/api/outcomes/dataset"));
        Files.writeString(benchmarks, body("/api/outcomes/benchmarks"));
        try (InputStream in = getClass().getResourceAsStream("/reproduce/reproduce_benchmarks.py")) {
            Files.write(script, in.readAllBytes());
        }
        Process python = new ProcessBuilder("python3", script.toString(), dataset.toString(), benchmarks.toString())
                .redirectErrorStream(true).start();
        String output = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(python.waitFor()).as(output).isZero();
        assertThat(output).contains("22 of 22 benchmarks reproduced");
    }

    @Test
    void rebuildingEveryProjectionGivesTheSameRows() throws Exception {
        Map<String, List<Map<String, Object>>> before = readModels();
        String benchmarksBefore = body("/api/outcomes/benchmarks");
        String conformanceBefore = body("/api/quality/conformance");
        for (String projection : ReadModels.PROJECTIONS) {
            mvc.perform(postAs(MANAGER, "/api/admin/projections/" + projection + "/rebuild")).andExpect(status().isAccepted());
            ReadModels.awaitCaughtUp(mvc, json, projection, Duration.ofMinutes(3));
        }
        Map<String, List<Map<String, Object>>> after = readModels();
        for (String table : before.keySet()) {
            List<Map<String, Object>> changed = after.get(table).stream().filter(row -> !before.get(table).contains(row)).toList();
            assertThat(after.get(table)).as(table).hasSameSizeAs(before.get(table));
            assertThat(changed).as(table + ": rows that differ after the rebuild; the first differ in "
                    + changed.stream().limit(3).map(row -> differingColumns(row, before.get(table))).toList()).isEmpty();
        }
        assertThat(body("/api/outcomes/benchmarks")).isEqualTo(benchmarksBefore);
        assertThat(body("/api/quality/conformance")).isEqualTo(conformanceBefore);
    }

    /** The columns in which a row differs from the most similar row of the other list. */
    private static Map<String, Object> differingColumns(Map<String, Object> row, List<Map<String, Object>> others) {
        Map<String, Object> fewest = null;
        for (Map<String, Object> other : others) {
            Map<String, Object> differing = new java.util.TreeMap<>();
            row.forEach((column, value) -> {
                if (!java.util.Objects.equals(value, other.get(column))) differing.put(column, value + " (was " + other.get(column) + ")");
            });
            if (fewest == null || differing.size() < fewest.size()) fewest = differing;
        }
        return fewest;
    }

    private Map<String, List<Map<String, Object>>> readModels() {
        return Map.of(
                "case_file", jdbc.queryForList("SELECT case_id, centre_id, stage, referral_date, CAST(document AS VARCHAR(1000000)) AS document FROM case_file ORDER BY case_id"),
                "analysis_case", jdbc.queryForList("SELECT case_id, centre_id, CAST(document AS VARCHAR(1000000)) AS document FROM analysis_case ORDER BY case_id"),
                // revision is bookkeeping, not content: the stream position of the write, which a live
                // processor may give as a later event's than a rebuild does
                "conformance_case", jdbc.queryForList("SELECT * FROM conformance_case ORDER BY case_id"),
                "conformance_evaluation", jdbc.queryForList("SELECT * FROM conformance_evaluation ORDER BY case_id, entry_key, rule_id").stream()
                        .peek(row -> row.remove("REVISION")).toList(),
                "statistics_procedure", jdbc.queryForList("SELECT * FROM statistics_procedure ORDER BY case_id, procedure_id").stream()
                        .peek(row -> row.remove("REVISION")).toList(),
                "statistics_follow_up", jdbc.queryForList("SELECT * FROM statistics_follow_up ORDER BY case_id, procedure_id, follow_up_id"),
                "statistics_complication", jdbc.queryForList("SELECT * FROM statistics_complication ORDER BY case_id, procedure_id, complication_id"));
    }

    private JsonNode findRule(JsonNode conformance, String ruleId) {
        List<JsonNode> rows = new ArrayList<>();
        conformance.get("rows").forEach(rows::add);
        return rows.stream().filter(row -> row.get("ruleId").asText().equals(ruleId)).findFirst().orElseThrow();
    }

    private JsonNode read(String path) throws Exception {
        return json.readTree(body(path));
    }

    private String body(String path) throws Exception {
        return mvc.perform(getAs(MANAGER, path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
